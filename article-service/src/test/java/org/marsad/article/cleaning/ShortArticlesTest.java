package org.marsad.article.cleaning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wire briefs are real articles too: one paragraph, with or without a headline (synthetic texts). */
class ShortArticlesTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Test
    void aSingleParagraphWithoutHeadlineIsKept() {
        String text = "Synthetic brief: the director general of national security received on Monday in Rabat a delegation of the Spanish police to discuss cooperation.";
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals(text, a.body());
        assertTrue(a.title().startsWith("Synthetic brief"), a.title());
    }

    @Test
    void aHeadlineAndOneParagraphKeepBoth() {
        String text = "Spanish police delegation in Rabat\n\nSynthetic brief: the director general of national security received on Monday in Rabat a delegation of the Spanish police to discuss cooperation.";
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals("Spanish police delegation in Rabat", a.title());
        assertTrue(a.body().startsWith("Synthetic brief"), a.body());
    }

    @Test
    void anArabicOneSentenceBriefIsKept() {
        String text = "استقبل المدير العام للأمن الوطني، اليوم الاثنين بالرباط، وفدا من الشرطة الإسبانية لبحث سبل التعاون (نص تجريبي).";
        CleanedArticle a = CLEANER.clean(text, null);
        assertEquals(text, a.body());
    }
}
