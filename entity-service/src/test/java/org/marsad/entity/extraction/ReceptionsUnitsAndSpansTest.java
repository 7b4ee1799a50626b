package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One rule each, on sentences written for these tests: a welcome with a person as its object is a reception; units
 * inside an institution are organizations named with it; Latin titles are not institutions; an event says which
 * words its date and place came from.
 */
class ReceptionsUnitsAndSpansTest {

    private static Extraction extract(String text) {
        return EngineFixture.ENGINE.extract(text, LocalDate.of(2024, 5, 20));
    }

    @Test
    void welcomingAPersonIsAReception() {
        Extraction x = extract("The Director General of Police welcomed Major General Abdullah Al Marri in Rome on 14 May 2024.");
        assertEquals(1, EngineFixture.events(x, EventType.MEETING).size(), x.events().toString());
        Extraction statement = extract("Abdullah Al Marri welcomed the decision on Tuesday, calling it a step forward.");
        assertTrue(EngineFixture.events(statement, EventType.MEETING).isEmpty(), statement.events().toString());
    }

    @Test
    void aUnitIsNamedWithTheInstitutionItBelongsTo() {
        Extraction x = extract("نظمت إدارة التكوين بالقيادة العامة لشرطة دبي دورة تدريبية في التحقيق الجنائي.");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().equals("إدارة التكوين بالقيادة العامة لشرطة دبي")
                && e.mentions().stream().anyMatch(m -> m.text().equals("إدارة التكوين"))), x.entities().toString());
    }

    @Test
    void aUnitWithTwoWordsStandsAlone() {
        Extraction x = extract("وأشاد العقيد بجهود قسم التعاون الدولي في تبادل المعلومات.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("قسم التعاون الدولي")), x.entities().toString());
    }

    @Test
    void aLatinTitleIsNotAnInstitution() {
        Extraction x = extract("The Deputy Chief of Police met the delegation in Madrid.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Chief of Police")), x.entities().toString());
    }

    @Test
    void anEventSaysWhichWordsItsDateAndPlaceCameFrom() {
        String text = "زار المدير العام عبد اللطيف حموشي مدريد يوم 14 مايو 2024 في زيارة عمل.";
        FoundEvent visit = EngineFixture.events(extract(text), EventType.VISIT).get(0);
        assertEquals("2024-05-14", visit.date());
        assertEquals("14 مايو 2024", text.substring(visit.dateSpan().start(), visit.dateSpan().end()));
        assertEquals("مدريد", visit.locationSpan().text());
        FoundEvent undated = EngineFixture.events(extract("زار المدير العام عبد اللطيف حموشي مدريد في زيارة عمل."),
                EventType.VISIT).get(0);
        assertNull(undated.dateSpan());
    }

    @Test
    void aPassiveReceptionIsAMeeting() {
        Extraction x = extract("Le ministre Jean Dupont a été reçu lundi à Rabat par M. Abdellatif Hammouchi.");
        assertEquals(1, EngineFixture.events(x, EventType.MEETING).size(), x.events().toString());
    }

    @Test
    void aWeekdayAfterATimeOfDayIsADay() {
        Extraction x = extract("التقى المدير العام عبد اللطيف حموشي مساء الأربعاء بالرباط نظيره الإسباني.");
        assertEquals("2024-05-15", EngineFixture.events(x, EventType.MEETING).get(0).date());
    }

    @Test
    void aRegionDiscussedIsNotWhereTheMeetingWasHeld() {
        Extraction x = extract("وعقد المدير العام عبد اللطيف حموشي لقاء مع سفير جمهورية الغابون تناول التحديات الأمنية "
                + "في منطقة الساحل والصحراء.");
        FoundEvent meeting = EngineFixture.events(x, EventType.MEETING).get(0);
        assertNull(meeting.locationKey(), meeting.toString());
    }
}
