package org.marsad.article.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Synthetic pages (written for these tests, not collected): a French HTML page and an English
 * plain-text page from made-up outlets, each with its own noise, and an Arabic HTML page without
 * semantic tags. They check that the cleaner works from page structure, not from the seeds.
 */
class SyntheticPagesTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    // Synthetic French HTML page: nav, header, share bar, inline "À lire aussi", related list,
    // comment form, footer, scripts; metadata in meta tags.
    private static final String FRENCH_HTML = """
            <!DOCTYPE html>
            <html lang="fr-FR">
            <head>
              <meta charset="utf-8">
              <title>Rabat et Madrid renforcent leur coopération antiterroriste | Le Veilleur</title>
              <meta property="og:title" content="Rabat et Madrid renforcent leur coopération antiterroriste">
              <meta property="og:site_name" content="Le Veilleur">
              <meta name="author" content="Claire Martin">
              <meta property="article:published_time" content="2024-03-14T09:30:00+01:00">
              <link rel="canonical" href="https://www.leveilleur.example/maroc/2024/03/14/rabat-madrid">
              <script>window.dataLayer = [{"page":"article"}];</script>
              <style>.share{display:flex}</style>
            </head>
            <body>
              <header class="site-header"><a href="/">Le Veilleur</a>
                <nav><ul><li><a href="/politique">Politique</a></li><li><a href="/monde">Monde</a></li></ul></nav>
              </header>
              <div class="breadcrumbs"><a href="/">Accueil</a> › <a href="/maroc">Maroc</a></div>
              <main>
                <article class="post">
                  <header class="entry-header">
                    <h1>Rabat et Madrid renforcent leur coopération antiterroriste</h1>
                    <p class="byline">Par Claire Martin, publié le 14 mars 2024</p>
                  </header>
                  <div class="share-bar"><a href="#">Partager</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
                  <div class="entry-content">
                    <p>Le directeur général de la Sûreté nationale marocaine a reçu jeudi à Rabat son homologue espagnol, Francisco Pardo Piqueras, pour une séance de travail consacrée à la lutte contre le terrorisme.</p>
                    <p>Les deux responsables ont passé en revue les opérations conjointes menées en 2023, qui ont permis de démanteler plusieurs cellules liées à l'organisation État islamique.</p>
                    <p class="read-also"><strong>À lire aussi :</strong> <a href="/x">Le Maroc et la France signent un accord de sécurité</a></p>
                    <p>Selon un communiqué de la DGSN, les deux parties ont convenu d'intensifier l'échange de renseignements, notamment sur les flux migratoires irréguliers dans le détroit de Gibraltar.</p>
                    <p>Cette rencontre intervient à quelques mois de la Coupe d'Afrique des nations, que le Maroc accueillera en décembre 2025.</p>
                  </div>
                  <footer class="entry-footer"><span class="tags">Tags : <a href="#">sécurité</a> <a href="#">Espagne</a></span></footer>
                </article>
                <section class="related-posts">
                  <h3>Articles similaires</h3>
                  <ul><li><a href="/a">Le patron de la police belge en visite à Rabat</a></li>
                  <li><a href="/b">Ahmed Tounsi nommé à la tête de la police judiciaire</a></li></ul>
                </section>
                <div id="comments">
                  <h3>Laisser un commentaire</h3>
                  <form><label>Nom *</label><input name="n"><label>Email *</label><input name="e"><textarea></textarea><button>Publier</button></form>
                </div>
              </main>
              <footer class="site-footer"><p>© 2024 Le Veilleur. Tous droits réservés.</p><p><a href="/contact">Nous contacter</a></p></footer>
              <script>trackPageView();</script>
            </body>
            </html>
            """;

    @Test
    void frenchHtmlPage() {
        CleanedArticle a = CLEANER.clean(FRENCH_HTML, null);
        assertEquals("Rabat et Madrid renforcent leur coopération antiterroriste", a.title());
        assertEquals("Le Veilleur", a.outlet());
        assertEquals("Claire Martin", a.author());
        assertEquals("2024-03-14", a.publishedAt());
        assertEquals("fr", a.language());
        assertEquals("https://www.leveilleur.example/maroc/2024/03/14/rabat-madrid", a.url());
        String body = a.body();
        assertTrue(body.startsWith("Le directeur général de la Sûreté nationale marocaine a reçu jeudi à Rabat"), body);
        assertTrue(body.contains("démanteler plusieurs cellules liées à l'organisation État islamique."), body);
        assertTrue(body.contains("que le Maroc accueillera en décembre 2025."), body);
        assertEquals(4, body.split("\n\n").length, body);
        for (String noise : new String[]{"Partager", "Facebook", "À lire aussi", "Le Maroc et la France signent",
                "Articles similaires", "Ahmed Tounsi", "Laisser un commentaire", "Nom *", "Tous droits réservés",
                "Nous contacter", "trackPageView", "dataLayer", "Politique", "Accueil", "Tags", "Par Claire Martin"}) {
            assertFalse(body.contains(noise), "noise left: " + noise + "\n" + body);
        }
    }

    // Synthetic English plain-text page: kicker, repeated headline, byline, dateline stamp,
    // share bar, inline "Read more" teaser, related list, comment form and copyright.
    private static final String ENGLISH_TEXT = """
            World | Security

            Moroccan and Portuguese police agree to share data on migrant smuggling

            Moroccan and Portuguese police agree to share data on migrant smuggling
            By Daniel Reyes
            Published July 18, 2024 | Updated July 19, 2024

            Share on Facebook Share on Twitter Email

            Morocco's national police and Portugal's Public Security Police signed an agreement in Lisbon on Wednesday to exchange intelligence on migrant smuggling networks operating across the Atlantic route.

            The deal, signed by the heads of both forces, also provides for joint training of border officers and a permanent liaison officer in each capital, according to a statement from the Portuguese interior ministry.

            Read more: Spain and Morocco hold talks on border security

            Officials said the agreement builds on a 2022 memorandum and will be reviewed after one year.

            Related articles
            Spanish police chief visits Rabat for counter-terrorism talks
            Interpol general assembly to be held in Marrakech in 2025, says Mark Tullow

            Leave a Reply
            Your email address will not be published. Required fields are marked *
            Name *
            Email *
            © 2024 The Atlantic Ledger. All rights reserved.
            """;

    @Test
    void englishPlainTextPage() {
        CleanedArticle a = CLEANER.clean(ENGLISH_TEXT, new PageHints("https://www.atlanticledger.com/news/123", null,
                null, null, null));
        assertEquals("Moroccan and Portuguese police agree to share data on migrant smuggling", a.title());
        assertEquals("Daniel Reyes", a.author());
        assertEquals("2024-07-18", a.publishedAt());
        assertEquals("en", a.language());
        assertEquals("https://www.atlanticledger.com/news/123", a.url());
        assertEquals("The Atlantic Ledger", a.outlet(), "the copyright line names the outlet, better than the URL");
        String body = a.body();
        assertTrue(body.startsWith("Morocco's national police and Portugal's Public Security Police signed"), body);
        assertTrue(body.endsWith("will be reviewed after one year."), body);
        assertEquals(3, body.split("\n\n").length, body);
        for (String noise : new String[]{"World | Security", "By Daniel Reyes", "Published", "Share on", "Read more",
                "Related articles", "Mark Tullow", "Leave a Reply", "Name *", "All rights reserved"}) {
            assertFalse(body.contains(noise), "noise left: " + noise + "\n" + body);
        }
    }

    // Synthetic Arabic HTML page built from divs only (no <article>, no meta): the main block is
    // found by text and link density; the Levantine date in the header is the publication date.
    private static final String ARABIC_DIV_HTML = """
            <html lang="ar"><body>
            <div class="top"><a href="/">الرئيسية</a> <a href="/w">العالم</a> <a href="/s">رياضة</a></div>
            <div class="content-area">
              <h1>وزير الداخلية الأردني يبحث مع نظيره المغربي مكافحة الإرهاب</h1>
              <div class="meta">عمّان - الثلاثاء 16 كانون الثاني / يناير 2024</div>
              <p>بحث وزير الداخلية الأردني مع نظيره المغربي، خلال لقاء جمعهما في عمّان، سبل تعزيز التعاون الأمني بين البلدين في مجال مكافحة الإرهاب والجريمة المنظمة.</p>
              <p>وأكد الجانبان، وفق بيان رسمي، أهمية تبادل المعلومات والخبرات وتنظيم دورات تدريبية مشتركة لفائدة الأجهزة الأمنية في البلدين.</p>
            </div>
            <div class="more"><a href="/1">خبر أول طويل نسبيا عن موضوع آخر تماما لا علاقة له</a><br><a href="/2">خبر ثان عن الفنانة هند صبري في مهرجان</a></div>
            </body></html>
            """;

    @Test
    void arabicHtmlWithoutSemanticTags() {
        CleanedArticle a = CLEANER.clean(ARABIC_DIV_HTML, null);
        assertEquals("وزير الداخلية الأردني يبحث مع نظيره المغربي مكافحة الإرهاب", a.title());
        assertEquals("2024-01-16", a.publishedAt());
        assertEquals("ar", a.language());
        assertTrue(a.body().startsWith("بحث وزير الداخلية الأردني"), a.body());
        assertTrue(a.body().endsWith("في البلدين."), a.body());
        assertFalse(a.body().contains("هند صبري"));
        assertFalse(a.body().contains("الرئيسية"));
    }

    @Test
    void hintsWinOverDetection() {
        CleanedArticle a = CLEANER.clean(ENGLISH_TEXT,
                new PageHints("u", "Atlantic Ledger", "D. Reyes", "2024-07-20", "fr"));
        assertEquals("Atlantic Ledger", a.outlet());
        assertEquals("D. Reyes", a.author());
        assertEquals("2024-07-20", a.publishedAt());
        assertEquals("fr", a.language());
        assertEquals("u", a.url());
    }

    @Test
    void impossibleHintedDateIsIgnored() {
        CleanedArticle a = CLEANER.clean(ENGLISH_TEXT, new PageHints(null, null, null, "31 February 2024", null));
        assertEquals("2024-07-18", a.publishedAt());
    }

    @Test
    void hintedDateInAnotherFormIsNormalized() {
        CleanedArticle a = CLEANER.clean(ENGLISH_TEXT, new PageHints(null, null, null, "18 يوليوز 2024", null));
        assertEquals("2024-07-18", a.publishedAt());
    }

    @Test
    void garbageIsRejected() {
        assertThrows(UnusableArticleException.class, () -> CLEANER.clean("", null));
        assertThrows(UnusableArticleException.class, () -> CLEANER.clean(" \n\t \n", null));
        assertThrows(UnusableArticleException.class, () -> CLEANER.clean(null, null));
        assertThrows(UnusableArticleException.class, () -> CLEANER.clean("PK\u0003\u0004\0\0binary", null));
        assertThrows(UnusableArticleException.class,
                () -> CLEANER.clean("\uFFFD\uFFFD\uFFFD\uFFFD abc \uFFFD\uFFFD\uFFFD\u0001\u0002\u0003", null));
        UnusableArticleException e = assertThrows(UnusableArticleException.class,
                () -> CLEANER.clean("اترك تعليقاً\nالإسم *\nالبريد الإلكتروني *\nجميع الحقوق محفوظة 2024 ©", null));
        assertTrue(e.getMessage().contains("prose"), e.getMessage());
        assertThrows(UnusableArticleException.class,
                () -> CLEANER.clean("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", null));
    }

    @Test
    void plainTextArticleWithoutHeadlineGetsFirstSentenceAsTitleAndKeepsIt() {
        String text = "Moroccan police arrested three suspects in Tangier on Monday, the DGSN said. "
                + "The suspects are accused of smuggling migrants to Spain.";
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals("Moroccan police arrested three suspects in Tangier on Monday, the DGSN said", a.title());
        assertEquals(text, a.body());
    }

    // Synthetic Arabic WordPress-style page (theme markup as such sites print it): breaking-news
    // ticker, post meta with author link and date, share buttons, tags, related posts, comment
    // form, sidebar with teaser <article>s, footer. No meta tags at all.
    private static final String ARABIC_WORDPRESS = """
            <!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8">
            <title>الشرطة المغربية والإسبانية تفككان شبكة للتهريب الدولي للمخدرات &#8211; صوت الشمال</title></head>
            <body class="post-template-default single">
            <div class="breaking-news"><span>عاجل</span><ul><li><a href="/n1">الأرصاد تحذر من موجة حر في عدة مدن</a></li></ul></div>
            <div id="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/c/national">وطني</a></li></ul></div>
            <div class="container"><div class="main-content">
            <article id="the-post" class="post-listing">
              <div class="entry-header">
                <span class="post-cat"><a href="/c/national">وطني</a></span>
                <h1 class="post-title entry-title">الشرطة المغربية والإسبانية تفككان شبكة للتهريب الدولي للمخدرات</h1>
                <div class="post-meta"><span class="meta-author">بقلم: <a href="/author/k">كريمة الزياني</a></span>
                  <span class="date meta-item">الأحد 7 أبريل 2024</span><span class="meta-comment">0 تعليقات</span></div>
              </div>
              <div class="share-links"><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
              <div class="entry-content entry clearfix">
                <p>تمكنت عناصر المديرية العامة للأمن الوطني، بتنسيق وثيق مع الشرطة الوطنية الإسبانية، من تفكيك شبكة إجرامية تنشط في التهريب الدولي للمخدرات بين ضفتي المتوسط.</p>
                <p>وأسفرت العملية الأمنية المشتركة عن توقيف ستة أشخاص في طنجة وثلاثة آخرين في الجزيرة الخضراء، إضافة إلى حجز أزيد من طنين من مخدر الشيرا.</p>
                <p><strong>اقرأ أيضا:</strong> <a href="/x">حموشي يستقبل المدير العام للشرطة الإسبانية</a></p>
                <p>وأوضح بلاغ للمديرية أن هذه العملية تندرج في إطار التعاون الأمني الثنائي، الذي مكن خلال السنوات الأخيرة من إحباط عدة عمليات مماثلة.</p>
              </div>
              <div class="post-tags"><span>الوسوم</span><a href="/t/1">المخدرات</a><a href="/t/2">إسبانيا</a></div>
            </article>
            <section id="related_posts"><div class="block-head"><h3>مقالات ذات صلة</h3></div>
              <div class="related-item"><a href="/r1">الفنان سعد المجرد يعود إلى المسرح في الدار البيضاء</a><span class="date">3 مارس 2024</span></div>
            </section>
            <div id="comments"><div id="respond"><h3>اترك تعليقاً</h3>
              <form><p>لن يتم نشر عنوان بريدك الإلكتروني.</p><label>الاسم *</label><input><label>البريد الإلكتروني *</label><input></form></div></div>
            </div>
            <aside class="sidebar"><div class="widget"><article class="mini"><a href="/s1">نجمة السينما ليلى علوي في مهرجان مراكش</a></article></div></aside>
            </div>
            <footer id="footer"><div class="copyright">جميع الحقوق محفوظة لموقع صوت الشمال 2024 ©</div></footer>
            <script>var tie = {"ajaxurl":"x"};</script>
            </body></html>
            """;

    @Test
    void arabicWordPressPage() {
        CleanedArticle a = CLEANER.clean(ARABIC_WORDPRESS, null);
        assertEquals("الشرطة المغربية والإسبانية تفككان شبكة للتهريب الدولي للمخدرات", a.title());
        assertEquals("كريمة الزياني", a.author());
        assertEquals("2024-04-07", a.publishedAt());
        assertEquals("صوت الشمال", a.outlet());
        assertEquals("ar", a.language());
        String body = a.body();
        assertEquals(3, body.split("\n\n").length, body);
        assertTrue(body.startsWith("تمكنت عناصر المديرية العامة للأمن الوطني"), body);
        assertTrue(body.endsWith("من إحباط عدة عمليات مماثلة."), body);
        for (String noise : new String[]{"عاجل", "الأرصاد", "الرئيسية", "بقلم", "تعليقات", "فيسبوك", "اقرأ أيضا", "حموشي يستقبل",
                "الوسوم", "سعد المجرد", "ليلى علوي", "اترك", "جميع الحقوق", "tie"}) {
            assertFalse(body.contains(noise), "noise left: " + noise + "\n" + body);
        }
    }
}
