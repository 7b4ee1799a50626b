package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule each, on sentences written for these tests: what a sentence cites as background is no event, a span of
 * years is no event date, handing over a wanted person is an operation, a counterpart followed by an indefinite noun
 * announces no name, a dateline's city is the place of what is told there.
 */
class BackgroundAndPeriodsTest {

    private static Extraction extract(String text) {
        return EngineFixture.ENGINE.extract(text, LocalDate.of(2024, 10, 12));
    }

    @Test
    void anAgreementCitedAsTheBasisIsNoNewAgreement() {
        Extraction x = extract("وأكد رئيس الجامعة الدكتور سالم بن علي الحربي أهمية البرنامج تفعيلاً لمذكرة التفاهم مع الإنتربول.");
        assertTrue(EngineFixture.events(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
    }

    @Test
    void aSpanOfYearsIsNoEventDate() {
        Extraction x = extract("وقع عبد اللطيف حموشي وعبد الوافي لفتيت بالرباط خطة عمل مشتركة تغطي الفترة 2025-2026.");
        FoundEvent agreement = EngineFixture.events(x, EventType.AGREEMENT).get(0);
        assertNull(agreement.date(), agreement.toString());
    }

    @Test
    void handingOverAWantedPersonIsAnOperation() {
        Extraction x = extract("وتم تسليم المتهم إلى السلطات الكويتية بمطار القاهرة الدولي.");
        assertEquals(1, EngineFixture.events(x, EventType.OPERATION).size(), x.events().toString());
    }

    @Test
    void anIndefiniteNounAfterACounterpartIsNoName() {
        Extraction x = extract("قام الإنتربول المصري بتسليم نظيره الكويتي متهما هاربا من حكم بالسجن.");
        List<String> people = x.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(FoundEntity::name).toList();
        assertTrue(people.isEmpty(), people.toString());
    }

    @Test
    void aDatelinesCityIsThePlaceOfWhatIsToldThere() {
        Extraction x = extract("ليون في 11 أكتوبر/ وام/ منحت منظمة الإنتربول الشيخ فهد الصباح وسام الإنتربول من الطبقة العليا.");
        FoundEvent award = EngineFixture.events(x, EventType.AWARD).get(0);
        assertEquals("lyon", award.locationKey(), award.toString());
    }

    @Test
    void anEventOnTheSidelinesTakesTheLeadsDateAndPlace() {
        Extraction x = extract("افتتح وزير الداخلية المغربي عبد الوافي لفتيت اليوم في الرباط منتدى الأمن الإقليمي.\n"
                + "كما التقى لفتيت على هامش الافتتاح المدير العام عبد اللطيف حموشي.");
        FoundEvent meeting = EngineFixture.events(x, EventType.MEETING).get(0);
        assertEquals("2024-10-12", meeting.date(), meeting.toString());
        assertEquals("rabat", meeting.locationKey(), meeting.toString());
        assertEquals("اليوم", meeting.dateSpan().text());
    }

    @Test
    void anEventsEvidenceIsItsFullestTelling() {
        Extraction x = extract("Le ministre a salué au Maroc la coopération, suite au démantèlement d'une cellule de l'Etat islamique. "
                + "Le BCIJ a mené à Nador, avec la DGST et la Police nationale espagnole, une opération conjointe "
                + "contre cette cellule.");
        List<FoundEvent> operations = EngineFixture.events(x, EventType.OPERATION);
        assertEquals(1, operations.size(), x.events().toString());
        assertTrue(operations.get(0).evidence().text().startsWith("Le BCIJ"), operations.get(0).evidence().text());
        assertEquals("nador", operations.get(0).locationKey());
    }
}
