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
import java.util.Set;

/**
 * Decides whether a reading from a new article reports an event already in the graph, by weighing the evidence
 * (thresholds tuned on real multi-outlet clusters, docs/QUALITY.md). Two tellings can be one happening when they have
 * the same type, come from different articles, do not pit CANCELLED against another status, and share who took part
 * (a person or an organization). Then each field adds or takes away:
 * <ul>
 *   <li>people in common: {@value #FIRST_PERSON} for the first, {@value #MORE_PEOPLE} for each other; an organization
 *       in common {@value #ORGANIZATION} (two at most); both sides naming people the other does not (the same
 *       director with two different visitors; states that take part do not count) {@value #OTHER_PEOPLE};</li>
 *   <li>dates: the same {@value #SAME_DATE}, overlapping {@value #OVERLAPPING_DATES}, a day or two apart (an outlet
 *       that took its publication day for the event's) {@value #NEAR_DATES}; further apart, two happenings. A telling
 *       without a date is placed by its article's publication: the happening is at most {@value #REPORTING_LAG_DAYS}
 *       days older than the article ({@value #DATE_BY_PUBLICATION}), or a little younger if announced; a publication
 *       far from the other's date rules the match out; a telling with neither a date nor a publication date to
 *       set against the other's {@value #NO_TIME} (the same two people meet many times);</li>
 *   <li>places that agree (the same, or a city and its country) {@value #SAME_PLACE}; places that do not
 *       {@value #OTHER_PLACE}, kept as a disagreement if the rest carries the match;</li>
 * </ul>
 * and any other missing field adds nothing. A telling joins the best-scoring event from {@value #THRESHOLD} up: one person
 * and the same day, or two people told in the days before an undated article. Among equals the tie-break is what
 * the events' sources say, never their ids, so that the graph does not depend on the order articles arrive in.
 */
final class EventMatcher {

    static final int THRESHOLD = 5;
    static final int FIRST_PERSON = 4;
    static final int MORE_PEOPLE = 2;
    static final int ORGANIZATION = 1;
    static final int OTHER_PEOPLE = -3;
    static final int SAME_DATE = 3;
    static final int OVERLAPPING_DATES = 2;
    static final int NEAR_DATES = -2;
    static final int DATE_BY_PUBLICATION = 1;
    static final int NO_TIME = -2;
    static final int SAME_PLACE = 2;
    static final int OTHER_PLACE = -4;
    /** How long after a happening an article reporting it without a date may come out. */
    static final int REPORTING_LAG_DAYS = 10;
    private static final int NEAR_DAYS = 2;
    private static final int RULED_OUT = Integer.MIN_VALUE;

    private EventMatcher() {
    }

    /**
     * The events this reading tells, best first: those with a source it matches from {@link #THRESHOLD} up (single
     * link: each source is weighed alone, so what the event's other sources say, and the order they came in, does
     * not matter). Events already told by the reading's article are left out. The writer adds the reading to the
     * first; joining the others too would touch events whose people other writers may hold (see GraphLocks).
     */
    static List<EventRecord> matches(Source reading, List<EventRecord> candidates, Places places) {
        return candidates.stream()
                .filter(e -> e.sources.stream().noneMatch(s -> s.articleId.equals(reading.articleId)))
                .map(e -> new Scored(e, bestSource(e, reading, places)))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> firstTelling(s.event())))
                .map(Scored::event)
                .toList();
    }

    private static int bestSource(EventRecord event, Source reading, Places places) {
        if (event.type != reading.type) {
            return RULED_OUT;
        }
        List<Source> readings = event.sources.stream().filter(Source::hasReading).toList();
        if (readings.isEmpty()) { // stored before readings existed: its own fields stand for them
            readings = List.of(asReading(event));
        }
        return readings.stream().mapToInt(s -> score(s, reading, places)).max().orElse(RULED_OUT);
    }

    private static Source asReading(EventRecord event) {
        Source s = new Source("", 0, 0, "");
        s.type = event.type;
        s.status = event.status;
        s.date = event.date;
        s.locationId = event.locationId;
        s.participantIds = Source.join(participantIds(event));
        s.organizationIds = Source.join(event.organizationIds);
        return s;
    }

    /** The days to look for the events a reading may join in: around its date, else around its article's publication. */
    static LocalDate[] window(Source reading) {
        LocalDate[] dates = EventDates.range(reading.date);
        if (dates[0] == null) {
            dates = new LocalDate[] {reading.publishedFrom, reading.publishedTo};
        }
        if (dates[0] == null) {
            return dates;
        }
        int slack = EventRepository.ANNOUNCEMENT_SLACK_DAYS;
        return new LocalDate[] {dates[0].minusDays(slack), dates[1].plusDays(slack)};
    }

    /**
     * A tie-break that depends on what the event's sources say, not on ids: ids follow the order writers happened to
     * insert in, so a choice made by id could differ between two runs that stored the same articles in one order.
     */
    private static String firstTelling(EventRecord event) {
        return event.sources.stream().map(s -> s.text + '\u0000' + s.start).min(Comparator.naturalOrder()).orElse("");
    }

    /** How strongly the evidence says two tellings are of one happening; {@link #RULED_OUT} when they cannot be. */
    static int score(Source a, Source b, Places places) {
        if (a.type != b.type || !statusesAgree(a.status, b.status)) {
            return RULED_OUT;
        }
        int people = common(a.participants(), b.participants());
        int organizations = common(a.organizations(), b.organizations());
        if (people == 0 && organizations == 0) {
            return RULED_OUT;
        }
        int when = dateScore(a, b);
        if (when == RULED_OUT) {
            return RULED_OUT;
        }
        int s = when + Math.min(organizations, 2) * ORGANIZATION;
        if (people > 0) {
            s += FIRST_PERSON + (people - 1) * MORE_PEOPLE;
        }
        if (namesOthers(a.participants(), b.participants(), places) && namesOthers(b.participants(), a.participants(), places)) {
            s += OTHER_PEOPLE;
        }
        if (a.locationId != null && b.locationId != null) {
            s += places.agree(a.locationId, b.locationId) ? SAME_PLACE : OTHER_PLACE;
        }
        return s;
    }

    private static int dateScore(Source a, Source b) {
        LocalDate[] x = EventDates.range(a.date);
        LocalDate[] y = EventDates.range(b.date);
        if (x[0] != null && y[0] != null) {
            if (a.date.equals(b.date)) {
                return SAME_DATE;
            }
            if (overlap(x, y, a.status != b.status ? EventRepository.ANNOUNCEMENT_SLACK_DAYS : 0)) {
                return OVERLAPPING_DATES;
            }
            return overlap(x, y, NEAR_DAYS) ? NEAR_DATES : RULED_OUT;
        }
        if (x[0] != null || y[0] != null) { // one is dated: does the other's publication fit that date?
            Source undated = x[0] == null ? a : b;
            if (undated.publishedFrom == null) {
                return NO_TIME;
            }
            return reportedAround(x[0] == null ? y : x, undated) ? DATE_BY_PUBLICATION : RULED_OUT;
        }
        if (a.publishedFrom == null || b.publishedFrom == null) {
            return NO_TIME;
        }
        // Neither is dated: tellings published weeks apart are of two happenings.
        return overlap(new LocalDate[] {a.publishedFrom, a.publishedTo}, new LocalDate[] {b.publishedFrom, b.publishedTo},
                REPORTING_LAG_DAYS) ? 0 : RULED_OUT;
    }

    /** Whether an undated telling published when {@code undated} was can be of a happening on {@code days}. */
    private static boolean reportedAround(LocalDate[] days, Source undated) {
        int ahead = undated.status == EventStatus.PLANNED ? EventRepository.ANNOUNCEMENT_SLACK_DAYS * 2 : 1;
        return !days[1].isBefore(undated.publishedFrom.minusDays(REPORTING_LAG_DAYS))
                && !days[0].isAfter(undated.publishedTo.plusDays(ahead));
    }

    private static boolean statusesAgree(EventStatus a, EventStatus b) {
        return a == b || a != EventStatus.CANCELLED && b != EventStatus.CANCELLED;
    }

    private static boolean overlap(LocalDate[] x, LocalDate[] y, int slackDays) {
        return !x[0].minusDays(slackDays).isAfter(y[1]) && !y[0].minusDays(slackDays).isAfter(x[1]);
    }

    /** Whether {@code these} name someone (not a state or a place) whom {@code those} do not. */
    private static boolean namesOthers(Collection<Long> these, Collection<Long> those, Places places) {
        return these.stream().anyMatch(id -> !those.contains(id) && !places.isPlace(id));
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

    private record Scored(EventRecord event, int score) {
    }
}
