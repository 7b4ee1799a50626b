package org.marsad.article.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Synthetic page shapes (made up for these tests) that a cleaner tuned on the seeds could get wrong. */
class RobustnessTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Test
    void hardWrappedTextIsRejoined() {
        // synthetic: an e-mailed dispatch wrapped at 72 columns
        String text = """
                Police chiefs meet in Rabat

                The heads of the Moroccan and Spanish police met in Rabat on Monday to
                review joint operations against drug trafficking networks in the Strait
                of Gibraltar, according to a joint statement released after the talks.

                Both sides agreed to set up a permanent liaison office and to hold joint
                training sessions for border officers in the coming months, the statement
                said, adding that the next meeting would take place in Madrid.
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals("Police chiefs meet in Rabat", a.title());
        assertEquals(2, a.body().split("\n\n").length, a.body());
        assertTrue(a.body().contains("met in Rabat on Monday to review joint operations"), a.body());
        assertTrue(a.body().contains("in the Strait of Gibraltar, according to"), a.body());
    }

    @Test
    void photoCreditWithCopyrightSignDoesNotEndTheArticle() {
        // synthetic
        String text = """
                حموشي يستقبل نظيره البلجيكي بالرباط

                استقبل المدير العام للأمن الوطني ولمراقبة التراب الوطني، اليوم الثلاثاء بالرباط، المفوض العام للشرطة الفيدرالية البلجيكية، في إطار زيارة عمل.

                صورة أرشيفية © و.م.ع

                وتناولت المباحثات سبل تعزيز التعاون الأمني الثنائي في مجال مكافحة الإرهاب والجريمة المنظمة وتبادل المعلومات العملياتية بين البلدين.

                اترك تعليقاً
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertTrue(a.body().contains("وتناولت المباحثات سبل تعزيز التعاون الأمني"), a.body());
        assertFalse(a.body().contains("©"), a.body());
        assertFalse(a.body().contains("اترك"), a.body());
    }

    @Test
    void commentCounterUnderAQuestionHeadlineDoesNotEndTheArticle() {
        // synthetic
        String text = """
                هل تنجح الأجهزة الأمنية المغربية في تأمين كأس إفريقيا المقبلة؟
                0 تعليقات
                الأربعاء 3 يناير 2024

                تستعد الأجهزة الأمنية المغربية لتأمين نهائيات كأس إفريقيا للأمم، التي ستحتضنها المملكة، من خلال خطة شاملة تشمل تعزيز المراقبة وتكوين العناصر.
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals("هل تنجح الأجهزة الأمنية المغربية في تأمين كأس إفريقيا المقبلة؟", a.title());
        assertEquals("2024-01-03", a.publishedAt());
        assertTrue(a.body().startsWith("تستعد الأجهزة الأمنية"), a.body());
    }

    @Test
    void inlineReadAlsoKeepsTheRestOfTheArticle() {
        // synthetic
        String text = """
                Le Maroc et la Belgique signent un accord de sécurité

                Le ministre de l'Intérieur marocain et son homologue belge ont signé mardi à Bruxelles un accord de coopération en matière de sécurité.

                À lire aussi
                Hammouchi reçoit le chef de la police fédérale belge

                L'accord prévoit des échanges d'informations sur les réseaux de trafic de drogue et des formations communes pour les enquêteurs des deux pays.
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertTrue(a.body().contains("L'accord prévoit des échanges"), a.body());
        assertFalse(a.body().contains("Hammouchi reçoit"), a.body());
        assertFalse(a.body().contains("À lire aussi"), a.body());
        assertEquals("fr", a.language());
    }

    @Test
    void datesInTheHeadlineOrInRelatedNoiseAreNotThePublicationDate() {
        // synthetic
        String text = """
                اجتماع أمني مغربي فرنسي يوم 26 يونيو 2024 بباريس

                أجرى المدير العام للأمن الوطني مباحثات مع نظيره الفرنسي، بباريس، حول تعزيز التعاون الأمني بين البلدين في مجالات متعددة.

                مقالات ذات صلة
                حموشي يستقبل وفدا أمنيا إسبانيا
                18 يوليو 2024
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertNull(a.publishedAt());
    }

    @Test
    void htmlLogoH1AndTitleTagSuffix() {
        // synthetic: the logo is the first h1, the site name only in <title>, teaser cards are <article>s
        String html = """
                <html><head><title>Hammouchi reçoit la patronne de la DGSI - Maroc Sécurité</title></head><body>
                <h1 class="logo"><a href="/">Maroc Sécurité</a></h1>
                <div class="post">
                  <h2>Hammouchi reçoit la patronne de la DGSI</h2>
                  <p>Le directeur général de la DGSN et de la DGST, Abdellatif Hammouchi, a reçu jeudi à Rabat la directrice générale de la sécurité intérieure française, Céline Berthon.</p>
                  <p>Les deux responsables ont évoqué la coopération dans la lutte contre le terrorisme et l'espionnage, selon un communiqué officiel publié à l'issue de la rencontre.</p>
                </div>
                <article class="card"><a href="/1">Un autre article sur la police</a></article>
                <article class="card"><a href="/2">Encore un article</a></article>
                </body></html>
                """;
        CleanedArticle a = CLEANER.clean(html, null);
        assertEquals("Hammouchi reçoit la patronne de la DGSI", a.title());
        assertEquals("Maroc Sécurité", a.outlet());
        assertTrue(a.body().startsWith("Le directeur général de la DGSN"), a.body());
        assertFalse(a.body().contains("Un autre article"), a.body());
        assertEquals(2, a.body().split("\n\n").length, a.body());
    }

    @Test
    void kickerAndCategoryAboveTheHeadlineAreDropped() {
        // synthetic
        String text = """
                الرئيسية » أخبار وطنية
                عاجل
                بقلم: سعيد الإدريسي
                الرباط تحتضن اجتماعا أمنيا إقليميا رفيع المستوى

                تحتضن الرباط، ابتداء من يوم غد، اجتماعا أمنيا إقليميا بمشاركة مسؤولين أمنيين من عدة دول إفريقية وأوروبية، لبحث سبل مواجهة التهديدات الإرهابية.
                شارك
                فيسبوك تويتر واتساب
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals("الرباط تحتضن اجتماعا أمنيا إقليميا رفيع المستوى", a.title());
        assertEquals("سعيد الإدريسي", a.author());
        assertEquals(1, a.body().split("\n\n").length, a.body());
    }

    @Test
    void paragraphsWithoutFullStopsAreKept() {
        // synthetic: an outlet that ends paragraphs without punctuation
        String text = """
                وزير الداخلية يستقبل السفير الفرنسي

                استقبل وزير الداخلية اليوم بمقر الوزارة سفير فرنسا المعتمد لدى المملكة في لقاء تناول التعاون الأمني بين البلدين

                وتطرق اللقاء، حسب بلاغ للوزارة، إلى سبل تعزيز التنسيق في مجال مكافحة الهجرة غير النظامية وتفكيك شبكات الاتجار بالبشر.

                وأكد الجانبان في ختام اللقاء عزمهما على مواصلة العمل المشترك وتبادل الخبرات والمعلومات بشكل منتظم بين الأجهزة المعنية في البلدين الصديقين
                """;
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals(3, a.body().split("\n\n").length, a.body());
        assertTrue(a.body().startsWith("استقبل وزير الداخلية اليوم"), a.body());
    }

    @Test
    void teaserArticleCardDoesNotBeatTheRealTextBlock() {
        // synthetic: the story sits in plain divs, while a sidebar uses <article> for a long teaser
        String para = "<p>Les services de sécurité marocains et français ont renforcé leur coopération dans la lutte "
                + "contre le terrorisme, selon un communiqué publié mardi par la DGSN à Rabat.</p>";
        String html = "<html><head><title>Coopération sécuritaire renforcée</title></head><body>"
                + "<div id=\"story\"><h1>Coopération sécuritaire renforcée</h1>" + para.repeat(1)
                + "<p>Les deux parties ont également convenu d'organiser des formations communes pour les enquêteurs "
                + "spécialisés dans la cybercriminalité et le financement du terrorisme.</p>"
                + "<p>Une nouvelle réunion est prévue à Paris avant la fin de l'année, a précisé la même source officielle.</p></div>"
                + "<div class=\"col-right\"><article class=\"card\"><h3>Un autre sujet</h3><p>Ceci est le résumé "
                + "d'un autre article publié sur le site, assez long pour dépasser deux cents caractères sans difficulté, "
                + "consacré à un tout autre sujet que celui de la page, et qui ne doit pas remplacer le texte.</p></article></div>"
                + "</body></html>";
        CleanedArticle a = CLEANER.clean(html, null);
        assertTrue(a.body().startsWith("Les services de sécurité marocains"), a.body());
        assertFalse(a.body().contains("Ceci est le résumé"), a.body());
        assertEquals("Coopération sécuritaire renforcée", a.title());
    }

    @Test
    void wrapperWithANoiseLikeClassNameStillYieldsTheStory() {
        // synthetic: the theme wraps everything in <div class="layout has-header">
        String html = "<html><body><div class=\"layout has-header\"><h1>Police cooperation deepens</h1>"
                + "<p>Moroccan and Dutch police agreed on Tuesday to exchange liaison officers, the interior ministry said in a statement.</p>"
                + "<p>The officers will work on drug trafficking cases involving the port of Rotterdam, according to the statement.</p>"
                + "</div></body></html>";
        CleanedArticle a = CLEANER.clean(html, null);
        assertEquals("Police cooperation deepens", a.title());
        assertEquals(2, a.body().split("\n\n").length, a.body());
    }
}
