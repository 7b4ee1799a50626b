package org.marsad.entity.service;

import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.domain.EventRecord.Source;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.repository.EventRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a reading from a new article reports an event already in the graph. Two tellings are one
 * happening when they have the same type, are from different articles, share who took part (a person, or
 * failing that an organization and the place), and their dates and places do not contradict each other. An
 * announced (PLANNED) event joins the one that HAPPENED; a CANCELLED one joins neither. Sharing people is not
 * enough on its own (the same director meets the same counterpart many times): the two tellings must also
 * both be dated, with overlapping dates, or name the same place. A vague telling (no date, no place) thus
 * stays an event of its own rather than joining whichever look-alike came first, which keeps the graph
 * independent of the order articles arrive in. Among several candidates the closest wins (most people and
 * organizations in common, then same date and place, then the one whose first-sorting sentence sorts first).
 */
final class EventMatcher {

    private EventMatcher() {
    }

    static Optional<EventRecord> bestMatch(Source reading, List<EventRecord> candidates, Places places) {
        return candidates.stream()
                .filter(e -> e.sources.stream().noneMatch(s -> s.articleId.equals(reading.articleId)))
                .filter(e -> compatible(e, reading, places))
                .max(Comparator.comparingInt((EventRecord e) -> score(e, reading, places))
                        .thenComparing(EventMatcher::firstTelling, Comparator.reverseOrder()));
    }

    /**
     * A tie-break that depends on what the event's sources say, not on ids: ids follow the order writers happened to
     * insert in, so a choice made by id could differ between two runs that stored the same articles in one order.
     */
    private static String firstTelling(EventRecord event) {
        return event.sources.stream().map(s -> s.text + '\u0000' + s.start).min(Comparator.naturalOrder()).orElse("");
    }

    static boolean compatible(EventRecord event, Source reading, Places places) {
        if (event.type != reading.type || !statusesAgree(event.status, reading.status)
                || !places.agree(event.locationId, reading.locationId)) {
            return false;
        }
        boolean dated = event.date != null && reading.date != null;
        if (dated && !overlap(event.date, reading.date, event.status != reading.status)) {
            return false;
        }
        int people = common(participantIds(event), reading.participants());
        int organizations = common(event.organizationIds, reading.organizations());
        boolean samePlace = places.same(event.locationId, reading.locationId);
        if (people == 0) {
            return organizations > 0 && samePlace && dated;
        }
        return dated || samePlace;
    }

    private static int score(EventRecord event, Source reading, Places places) {
        int s = 4 * common(participantIds(event), reading.participants()) + 2 * common(event.organizationIds, reading.organizations());
        if (event.date != null && event.date.equals(reading.date)) {
            s += 2;
        }
        if (places.same(event.locationId, reading.locationId)) {
            s += 1;
        }
        return s;
    }

    private static boolean statusesAgree(EventStatus a, EventStatus b) {
        return a == b || a != EventStatus.CANCELLED && b != EventStatus.CANCELLED;
    }

    /**
     * Whether two ISO dates (partial or intervals) can name the same happening. An announcement's date is often
     * approximate ("in the coming days"), so a PLANNED and a HAPPENED telling may be up to two weeks apart.
     */
    static boolean overlap(String a, String b, boolean announcedVersusDone) {
        LocalDate[] x = EventDates.range(a);
        LocalDate[] y = EventDates.range(b);
        if (x[0] == null || y[0] == null) {
            return true;
        }
        int slack = announcedVersusDone ? EventRepository.ANNOUNCEMENT_SLACK_DAYS : 0;
        return !x[0].minusDays(slack).isAfter(y[1]) && !y[0].minusDays(slack).isAfter(x[1]);
    }

    private static Set<Long> participantIds(EventRecord event) {
        Set<Long> ids = new HashSet<>();
        event.participants.forEach(p -> ids.add(p.entityId));
        return ids;
    }

    private static int common(Collection<Long> a, Collection<Long> b) {
        int n = 0;
        for (Long id : new HashSet<>(b)) {
            if (a.contains(id)) {
                n++;
            }
        }
        return n;
    }
}
