package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date expressions in Arabic (several calendars), French and English, resolved against a publication date. */
class DateResolutionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 18);

    private static DateHit first(String text, LocalDate published) {
        Document doc = Document.analyze(text);
        List<DateHit> hits = DateResolver.find(doc, 0, doc.size(), i -> false, published);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private static String iso(String text) {
        DateHit hit = first(text, PUBLISHED);
        return hit == null ? null : hit.iso();
    }

    @Test
    void absoluteDatesInEveryCalendar() {
        assertEquals("2015-11-13", iso("عقب اعتداءات 13 نونبر 2015"));
        assertEquals("2015-11-13", iso("عقب اعتداءات ١٣ نوفمبر ٢٠١٥"));
        assertEquals("2023-08-02", iso("في 2 غشت 2023"));
        assertEquals("2022-06-02", iso("الخميس 02 حزيران 2022"));
        assertEquals("2021-11-16", iso("16 تشرين الثاني 2021"));
        assertEquals("2024-07-05", iso("le 5 juillet 2024"));
        assertEquals("2024-03-12", iso("on March 12, 2024"));
        assertEquals("2022", iso("نهاية عام 2022"));
        assertEquals("2024-06", iso("في يونيو 2024"));
    }

    @Test
    void rangesAndRelativeMonths() {
        assertEquals("2024-06-26/2024-06-28", iso("خلال الفترة من 26 إلى 28 يونيو الجاري"));
        assertEquals("2024-06-03/2024-06-05", iso("du 3 au 5 juin"));
        assertEquals("2024-06", iso("زيارة إلى فرنسا في يونيو الماضي"));
        assertEquals("2023-09", iso("في شتنبر الماضي"));
        assertEquals("2024-09", iso("في سبتمبر المقبل"));
        assertEquals("2024-07-26", iso("يوم 26 يوليوز الجاري"));
        assertEquals("2024-04", iso("وفي أبريل الماضي"));
    }

    @Test
    void relativeDays() {
        assertEquals("2024-07-17", iso("أمس الأربعاء"));
        assertEquals("2024-07-16", iso("أول أمس"));
        assertEquals("2024-07-15", iso("يوم الاثنين الماضي"));
        assertEquals("2024-07", iso("خلال الأسبوع الجاري"));
        assertEquals("2024-07", iso("الأسبوع الماضي"));
        assertEquals("2024-06", iso("الشهر الماضي"));
        assertEquals("2025", iso("السنة القادمة"));
        assertEquals("2024-07-17", iso("yesterday"));
        assertEquals("2024-07-17", iso("hier"));
        assertEquals("2024-07", iso("la semaine prochaine"));
        assertEquals("2023", iso("l'année dernière"));
    }

    @Test
    void relativeDatesNeedTheirAnchor() {
        assertEquals(null, first("أمس الخميس بالرباط", null));
        assertEquals(null, first("في يونيو الماضي", null));
        DateHit explicit = first("خلال السنة القادمة 2025", null);
        assertEquals("2025", explicit.iso());
        assertTrue(explicit.future());
    }

    @Test
    void wordsThatLookLikeMonthsAreNotDates() {
        assertEquals(null, iso("مارس الضغط على الحكومة"));
        assertEquals(null, iso("May the talks succeed"));
        assertEquals(null, iso("أحد المسؤولين"));
    }

    @Test
    void headerDateServesAsPublicationDate() {
        Document doc = Document.analyze("عنوان المقال\nhassan faqir18 يوليو 2024آخر تحديث : منذ 4 أشهر\n\n"
                + "وصلت عناصر الأمن إلى باريس خلال الأسبوع الجاري من أجل المشاركة في تأمين الألعاب الأولمبية.\n");
        assertEquals(LocalDate.of(2024, 7, 18), DateResolver.printedPublicationDate(doc));
    }
}
