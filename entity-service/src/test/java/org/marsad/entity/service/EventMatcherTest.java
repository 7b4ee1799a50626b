package org.marsad.entity.service;

import org.junit.jupiter.api.Test;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.domain.EventRecord.Source;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.extraction.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How two tellings are weighed: a missing field lowers the score, a conflicting one may be outweighed, a date far off rules out. */
class EventMatcherTest {

    private static final long HOST = 1;
    private static final long VISITOR = 2;
    private static final long OTHER_VISITOR = 3;
    private static final long STATE = 9;
    private static final long CAPITAL = 10;
    private static final long COUNTRY = 11;
    private static final long OTHER_CAPITAL = 12;
    private static final long OTHER_COUNTRY = 13;
    private static final Places PLACES = new Places(Map.of(CAPITAL, COUNTRY, OTHER_CAPITAL, OTHER_COUNTRY), Set.of(STATE));

    @Test
    void oneSharedPersonOnTheSameDayIsOneHappeningAndTheCityFitsItsCountry() {
        Source a = telling("a", "2024-03-12", CAPITAL, HOST, VISITOR);
        Source b = telling("b", "2024-03-12", COUNTRY, VISITOR);
        assertTrue(EventMatcher.score(a, b, PLACES) >= EventMatcher.THRESHOLD);
    }

    @Test
    void anUndatedTellingIsPlacedByItsPublication() {
        Source dated = telling("a", "2024-03-12", CAPITAL, HOST, VISITOR);
        Source undated = telling("b", null, null, HOST, VISITOR);
        undated.publishedFrom = LocalDate.parse("2024-03-13");
        undated.publishedTo = undated.publishedFrom;
        assertTrue(EventMatcher.score(dated, undated, PLACES) >= EventMatcher.THRESHOLD, "reported the next day");
        undated.publishedFrom = LocalDate.parse("2020-10-01");
        undated.publishedTo = LocalDate.parse("2020-10-31");
        assertTrue(EventMatcher.score(dated, undated, PLACES) < EventMatcher.THRESHOLD, "published years before: another happening");
    }

    @Test
    void theSameTwoPeopleWithNothingToPlaceATellingInTimeAreNotEnough() {
        Source dated = telling("a", "2024-03-12", null, HOST, VISITOR);
        Source timeless = telling("b", null, null, HOST, VISITOR);
        assertTrue(EventMatcher.score(dated, timeless, PLACES) < EventMatcher.THRESHOLD, "they meet many times");
        Source sameCity = telling("c", null, CAPITAL, HOST, VISITOR);
        Source datedInCity = telling("d", "2024-03-12", CAPITAL, HOST, VISITOR);
        assertTrue(EventMatcher.score(datedInCity, sameCity, PLACES) >= EventMatcher.THRESHOLD, "the place says more");
    }

    @Test
    void theSamePeopleInTwoCountriesTwoDaysApartAreTwoHappenings() {
        Source tunis = telling("a", "2024-03-10", CAPITAL, HOST, VISITOR);
        Source algiers = telling("b", "2024-03-12", OTHER_CAPITAL, HOST, VISITOR);
        assertTrue(EventMatcher.score(tunis, algiers, PLACES) < EventMatcher.THRESHOLD);
        Source weekLater = telling("c", "2024-03-19", CAPITAL, HOST, VISITOR);
        assertTrue(EventMatcher.score(tunis, weekLater, PLACES) < EventMatcher.THRESHOLD);
    }

    @Test
    void aDisagreeingPlaceIsOutweighedByTheSameDayAndTwoPeople() {
        Source a = telling("a", "2024-03-12", CAPITAL, HOST, VISITOR);
        Source b = telling("b", "2024-03-12", OTHER_CAPITAL, HOST, VISITOR);
        assertTrue(EventMatcher.score(a, b, PLACES) >= EventMatcher.THRESHOLD, "kept as a disagreement on the place");
    }

    @Test
    void theSameHostWithTwoDifferentVisitorsInOneWeekIsTwoHappenings() {
        Source first = telling("a", "2024-03-12", CAPITAL, HOST, VISITOR);
        Source second = telling("b", null, CAPITAL, HOST, OTHER_VISITOR);
        second.publishedFrom = LocalDate.parse("2024-03-14");
        second.publishedTo = second.publishedFrom;
        assertTrue(EventMatcher.score(first, second, PLACES) < EventMatcher.THRESHOLD);
    }

    @Test
    void statesTakingPartAreNotOtherPeople() {
        Source withStates = telling("a", "2024-03-12", CAPITAL, STATE, VISITOR);
        Source withHost = telling("b", null, null, HOST, VISITOR);
        withHost.publishedFrom = LocalDate.parse("2024-03-12");
        withHost.publishedTo = withHost.publishedFrom;
        assertEquals(EventMatcher.FIRST_PERSON + EventMatcher.DATE_BY_PUBLICATION, EventMatcher.score(withStates, withHost, PLACES));
    }

    @Test
    void nobodyInCommonIsNeverTheSameHappening() {
        Source a = telling("a", "2024-03-12", CAPITAL, HOST);
        Source b = telling("b", "2024-03-12", CAPITAL, VISITOR);
        assertTrue(EventMatcher.score(a, b, PLACES) < EventMatcher.THRESHOLD);
    }

    @Test
    void anEventIsMatchedByItsBestSourceWhicheverCameFirst() {
        EventRecord event = new EventRecord();
        event.type = EventType.MEETING;
        event.status = EventStatus.HAPPENED;
        event.sources.add(telling("a", "2024-03-12", CAPITAL, HOST));
        event.sources.add(telling("b", "2024-03-12", CAPITAL, VISITOR));
        Source reading = telling("c", "2024-03-12", null, VISITOR);
        assertEquals(List.of(event), EventMatcher.matches(reading, List.of(event), PLACES));
    }

    private static Source telling(String article, String date, Long place, long... people) {
        Source s = new Source(article, 0, 10, "(synthetic) " + article);
        s.type = EventType.MEETING;
        s.status = EventStatus.HAPPENED;
        s.date = date;
        s.locationId = place;
        s.participantIds = Source.join(java.util.Arrays.stream(people).boxed().toList());
        return s;
    }
}
