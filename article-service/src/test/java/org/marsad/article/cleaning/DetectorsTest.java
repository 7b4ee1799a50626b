package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Title, outlet, byline and language detection on small hand-made inputs. */
class DetectorsTest {

    private static List<LineFeatures> lines(String... text) {
        List<LineFeatures> out = new ArrayList<>();
        for (String t : text) {
            out.add(LineFeatures.of(t, 0));
        }
        return out;
    }

    // --- byline

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "بقلم: محمد العلوي | محمد العلوي",
            "بقلم محمد العلوي - الرباط | محمد العلوي",
            "Par Jean Dupont | Jean Dupont",
            "Par Jean Dupont, publié le 18 juillet 2024 | Jean Dupont",
            "By John Smith | John Smith",
            "By Sarah O'Neil | Sarah O'Neil",
            "قمر خائف الله – صحفية متدربة | قمر خائف الله",
            "سعيد الإدريسي - صحفي | سعيد الإدريسي",
            "Karim Benali – journaliste | Karim Benali",
            "hassan faqir18 يوليو 2024آخر تحديث : منذ 4 أشهر | hassan faqir",
            "Leila Amrani 18 juillet 2024 | Leila Amrani",
            "By John Smith and Jane Doe | John Smith and Jane Doe",
            "Publié par Jean Dupont le 18 juillet 2024 | Jean Dupont",
            "بواسطة يوسف العمراني | يوسف العمراني",
            "Par Jean Dupont et Marie Curie, le 3 mars 2024 | Jean Dupont et Marie Curie",
    })
    void bylines(String line, String author) {
        assertEquals(author, BylineDetector.authorOf(LineFeatures.of(line, 0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"الرباط 18 يوليو 2024", "نشر في 18 يوليو 2024", "Publié le 18 juillet 2024",
            "الخميس 18 يوليو 2024", "By 2030, Morocco will host the World Cup with Spain and Portugal.",
            "آخر تحديث : منذ 4 أشهر"})
    void notBylines(String line) {
        assertNull(BylineDetector.authorOf(LineFeatures.of(line, 0)));
    }

    // --- outlet

    @Test
    void outletFromFollowLinePrefersLatinBrand() {
        var o = OutletDetector.detect(lines("تابع بلادنا 24 على Bladna24 News"), 1, null, null);
        assertEquals("Bladna24", o.name());
    }

    @Test
    void outletFromFollowLineWithOnlyPlatformWords() {
        var o = OutletDetector.detect(lines("تابعوا هسبريس على Google News"), 1, null, null);
        assertEquals("هسبريس", o.name());
    }

    @Test
    void outletFromCredit() {
        assertEquals("NaBae 24", OutletDetector.detect(lines("De // NaBae 24\u00a0"), 1, null, null).name());
    }

    @Test
    void outletFromRepeatedDatelineSegment() {
        var o = OutletDetector.detect(lines("صوت الرباط -", "الرباط - صوت الرباط", "عنوان ما هنا طويل بما يكفي"), 3,
                null, null);
        assertEquals("صوت الرباط", o.name());
    }

    @Test
    void siteNameMetaWins() {
        var o = OutletDetector.detect(lines("De // Other"), 1, "Le Desk", null);
        assertEquals("Le Desk", o.name());
    }

    @Test
    void outletFromUrlWhenNothingElse() {
        assertEquals("hespress", OutletDetector.detect(lines("نص"), 1, null, "https://www.hespress.com/a-1.html").name());
        assertEquals("lematin", OutletDetector.detect(lines("x"), 1, null, "https://lematin.ma/x").name());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "MoroccoWorldNews | | Morocco World News",
            "almaghribtoday | المغرب اليوم | Al Maghrib Today",
            "alyaoum24 | اليوم 24 | Al Yaoum24",
            "hespress | | hespress",
            "barlamanetoday | | Barlamane Today",
            "algerie | | algerie",
    })
    void handles(String handle, String arabic, String display) {
        assertEquals(display, SiteHandles.displayName(handle, arabic));
    }

    // --- title

    @Test
    void repeatedHeadlineWinsOverKicker() {
        var ls = lines("أخبار وطنية وجهوية محلية", "حموشي يستقبل نظيره الإسباني بالرباط", "حموشي يستقبل نظيره الإسباني بالرباط",
                "استقبل المدير العام للأمن الوطني، اليوم الخميس بالرباط، نظيره الإسباني في إطار زيارة عمل.");
        assertEquals(1, TitleDetector.headlineIndex(ls, ls.size(), OutletDetector.Outlet.UNKNOWN));
    }

    @Test
    void siteTaglineWithPipeIsNotTheHeadline() {
        var ls = lines("بلادنا 24 | جريدة إلكترونية مغربية مستقلة", "حموشي يستقبل نظيره الإسباني بالرباط",
                "استقبل المدير العام للأمن الوطني، اليوم الخميس بالرباط، نظيره الإسباني في إطار زيارة عمل.");
        assertEquals(1, TitleDetector.headlineIndex(ls, ls.size(), OutletDetector.Outlet.UNKNOWN));
    }

    @Test
    void titleWithoutOutletPrefixOrSuffix() {
        var outlet = new OutletDetector.Outlet("المغرب اليوم", java.util.Set.of(TextFolding.key("المغرب اليوم")));
        assertEquals("حموشي يقود تعاونا أمنيا", TitleDetector.clean("المغرب اليوم - حموشي يقود تعاونا أمنيا", outlet));
        assertEquals("حموشي يقود تعاونا أمنيا", TitleDetector.clean("حموشي يقود تعاونا أمنيا | المغرب اليوم", outlet));
        assertEquals("Hammouchi reçoit Berthon",
                TitleDetector.stripSiteSuffix("Hammouchi reçoit Berthon - Le Desk", OutletDetector.Outlet.UNKNOWN));
    }

    @Test
    void doubledHeadlineGivenOnce() {
        assertEquals("حموشي يقود تعاونا أمنيا", TitleDetector.clean("حموشي يقود تعاونا أمنيا حموشي يقود تعاونا أمنيا",
                OutletDetector.Outlet.UNKNOWN));
    }

    @Test
    void pageStartingWithProseHasNoHeadlineLine() {
        var ls = lines("The Moroccan police chief met his French counterpart in Rabat on Thursday, the ministry said.");
        assertEquals(-1, TitleDetector.headlineIndex(ls, 1, OutletDetector.Outlet.UNKNOWN));
    }

    // --- dates from URLs

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://www.example.ma/2024/07/18/hammouchi-paris/ | 2024-07-18",
            "https://example.com/news/2024-07-18-hammouchi | 2024-07-18",
            "https://example.com/2024/07/hammouchi.html | 2024-07",
            "https://example.com/2024/13/01/x | ",
            "https://example.com/article/123456 | ",
    })
    void datesInUrls(String url, String iso) {
        assertEquals(java.util.Optional.ofNullable(iso), DateDetector.fromUrl(url));
    }

    // --- language

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "استقبل المدير العام للأمن الوطني نظيره الفرنسي | ar",
            "Le directeur général de la sûreté nationale a reçu son homologue français à Rabat. | fr",
            "The director general of national security received his French counterpart in Rabat. | en",
            "استقبل حموشي Frédéric Veaux بالرباط في إطار التعاون الأمني | ar",
    })
    void language(String text, String lang) {
        assertEquals(lang, LanguageDetector.detect(text));
    }

    @Test
    void languageHints() {
        assertEquals("fr", LanguageDetector.normalizeHint("fr-FR"));
        assertEquals("ar", LanguageDetector.normalizeHint("AR"));
        assertNull(LanguageDetector.normalizeHint("de"));
    }
}
