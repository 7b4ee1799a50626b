package org.marsad.entity.service;

import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.domain.EventRecord.Source;
import org.marsad.entity.extraction.DatePrecision;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event's fields, recomputed from what its sources say, so that the result does not depend on the order
 * the articles came in:
 * <ul>
 *   <li>status: HAPPENED once any source reports it happened (a later report settles an announcement), else
 *       CANCELLED if any source says so, else PLANNED;</li>
 *   <li>date: the most precise date among the sources of that status (a day or a span over a month over a
 *       year), the one most sources give on a tie, then the earliest;</li>
 *   <li>location: the place most sources name, then the more precise (a city over its country), then the lowest id;</li>
 *   <li>participants, organizations and topics: every source's, together;</li>
 *   <li>confidence: 1 − Π(1 − cᵢ): each independent report makes the event more certain.</li>
 * </ul>
 * Sources without a reading (stored before readings existed) leave the fields as they are. A curator's
 * corrections are applied last, so they win whatever the sources say.
 */
final class EventFields {

    private EventFields() {
    }

    static void recompute(EventRecord event, Places places) {
        List<Source> readings = event.sources.stream().filter(Source::hasReading)
                .sorted(Comparator.comparing((Source s) -> s.articleId).thenComparingInt(s -> s.start)).toList();
        if (readings.isEmpty()) {
            applyCorrections(event);
            return;
        }
        event.type = readings.get(0).type;
        event.status = status(readings);
        List<Source> ofStatus = readings.stream().filter(s -> s.status == event.status).toList();
        Source dated = ofStatus.stream().filter(s -> s.date != null)
                .min(Comparator.comparingInt((Source s) -> precisionRank(s.datePrecision))
                        .thenComparing(s -> -count(readings, x -> x.date, s.date))
                        .thenComparing(s -> s.date))
                .orElse(null);
        event.date = dated == null ? null : dated.date;
        event.datePrecision = dated == null ? null : dated.datePrecision;
        LocalDate[] range = EventDates.range(event.date);
        event.dateFrom = range[0];
        event.dateTo = range[1];
        event.locationId = mostNamed(readings.stream().map(s -> s.locationId).filter(Objects::nonNull).toList(), places);

        // Participants, organizations and topics: every source's. A participant keeps the role it was given.
        Set<Long> people = new LinkedHashSet<>();
        readings.forEach(r -> people.addAll(r.participants()));
        event.participants.removeIf(p -> !people.contains(p.entityId));
        event.participants.forEach(p -> people.remove(p.entityId));
        people.forEach(id -> event.participants.add(new EventRecord.Participant(id, null)));
        Set<Long> organizations = new TreeSet<>();
        readings.forEach(r -> organizations.addAll(r.organizations()));
        event.organizationIds.retainAll(organizations);
        event.organizationIds.addAll(organizations);
        Set<Topic> topics = new LinkedHashSet<>();
        readings.forEach(r -> topics.addAll(r.topicList()));
        event.topics.retainAll(topics);
        event.topics.addAll(topics);
        double doubt = 1;
        for (Source s : readings) {
            doubt *= 1 - (s.confidence == null ? 0.5 : s.confidence);
        }
        event.confidence = Math.min(0.99, Math.round((1 - doubt) * 1000) / 1000.0);
        applyCorrections(event);
    }

    static void applyCorrections(EventRecord event) {
        event.corrections.forEach((field, value) -> {
            switch (EventCorrection.Field.valueOf(field)) {
                case TYPE -> event.type = EventType.valueOf(value);
                case STATUS -> event.status = EventStatus.valueOf(value);
                case DATE -> {
                    event.date = value;
                    event.datePrecision = value == null ? null : EventCorrection.precisionOf(value);
                    LocalDate[] range = EventDates.range(value);
                    event.dateFrom = range[0];
                    event.dateTo = range[1];
                }
                case LOCATION -> event.locationId = value == null ? null : Long.valueOf(value);
            }
        });
    }

    private static EventStatus status(List<Source> readings) {
        if (readings.stream().anyMatch(s -> s.status == EventStatus.HAPPENED)) {
            return EventStatus.HAPPENED;
        }
        if (readings.stream().anyMatch(s -> s.status == EventStatus.CANCELLED)) {
            return EventStatus.CANCELLED;
        }
        return EventStatus.PLANNED;
    }

    static int precisionRank(DatePrecision precision) {
        if (precision == null) {
            return 3;
        }
        return switch (precision) {
            case DAY, RANGE -> 0;
            case MONTH -> 1;
            case YEAR -> 2;
        };
    }

    private static <T> long count(List<Source> readings, Function<Source, T> field, T value) {
        return readings.stream().filter(s -> Objects.equals(field.apply(s), value)).count();
    }

    /** The place most sources name; on a tie the more precise one (a city over its country), then the lowest id. */
    private static Long mostNamed(List<Long> ids, Places places) {
        Map<Long, Long> counts = ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Long, Long>::getValue)
                        .thenComparing(e -> places.moreSpecific(e.getKey(), null) ? 1 : 0)
                        .thenComparing(e -> -e.getKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
