package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.marsad.commons.paging.PageOf;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Events, filtered by who is involved, type, topic and dates. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<EventRecord> {

    /** How far apart the dates of an announcement and of the happening it announces may be. */
    public static final int ANNOUNCEMENT_SLACK_DAYS = 14;

    public List<EventRecord> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Every event reported by one of these articles, oldest first, in one query. */
    public List<EventRecord> listByArticles(Collection<String> articleIds) {
        return articleIds.isEmpty() ? List.of()
                : list("select distinct e from EventRecord e join e.sources s where s.articleId in ?1 order by e.id", articleIds);
    }

    /**
     * Takes an article's tellings out of the events it reports: locks those events (FOR UPDATE, in id order),
     * deletes its sources, and returns the events' ids, to be loaded and recomputed without them.
     */
    @SuppressWarnings("unchecked")
    public List<Long> removeSourcesOf(String articleId) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                        SELECT e.id FROM event e WHERE e.id IN (SELECT s.event_id FROM event_source s WHERE s.article_id = :article)
                        ORDER BY e.id FOR UPDATE OF e""")
                .setParameter("article", articleId)
                .getResultList();
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("DELETE FROM event_source WHERE article_id = :article")
                    .setParameter("article", articleId).executeUpdate();
        }
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * The events a reading could join, locked (FOR UPDATE, in id order) so that no other writer changes them before
     * this transaction ends: events of its type that share a participant or an organization with it and either
     * fall in its time window {@code from}–{@code to} (its own dates, or when it gives none the days around its
     * article's publication; an undated event by the publication of one of its articles) or, undated, name a place
     * that agrees with the reading's ({@code place}, its country {@code country}, or a place in it). The
     * {@code EventMatcher} weighs them; a reading with neither a time window nor a place can join nothing.
     */
    public List<EventRecord> lockCandidates(EventType type, Collection<Long> participantIds, Collection<Long> organizationIds,
                                            LocalDate from, LocalDate to, Long place, Long country) {
        if (participantIds.isEmpty() && organizationIds.isEmpty() || from == null && place == null) {
            return List.of();
        }
        Parameters params = Parameters.with("type", type)
                .and("people", participantIds.isEmpty() ? List.of(-1L) : participantIds)
                .and("organizations", organizationIds.isEmpty() ? List.of(-1L) : organizationIds);
        List<String> when = new ArrayList<>();
        if (from != null) {
            when.add("e.dateTo >= :from and e.dateFrom <= :to");
            when.add("""
                    e.dateFrom is null and exists (select 1 from EventRecord z join z.sources s where z = e
                        and s.publishedTo >= :from and s.publishedFrom <= :to)""");
            params.and("from", from).and("to", to);
        }
        if (place != null) {
            String placeAgrees = "(e.locationId in :places or e.locationId in (select c.id from EntityRecord c where c.partOfId = :place))";
            when.add(from == null ? placeAgrees : "e.dateFrom is null and " + placeAgrees);
            params.and("place", place).and("places", country == null ? List.of(place) : List.of(place, country));
        }
        return find("""
                        from EventRecord e where e.type = :type and (
                            exists (select 1 from EventRecord x join x.participants p where x = e and p.entityId in :people)
                            or exists (select 1 from EventRecord y join y.organizationIds o where y = e and o in :organizations))
                        and ("""
                        + String.join(" or ", when) + ") order by e.id", params)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * A page of events, newest first (by first day covered, undated last, then by id), starting after
     * {@code after} (null: from the start). An event involves an entity when the entity takes part or is one of the
     * event's organizations (organizations a participant acts for are stored there at extraction).
     */
    public PageOf<EventRecord> page(EventFilter filter, EventPosition after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.involving() != null) {
            where.add("""
                    (exists (select 1 from EventRecord x join x.participants p where x = e and p.entityId in :involving)
                     or exists (select 1 from EventRecord y join y.organizationIds o where y = e and o in :involving)
                     or e.locationId in :involving)""");
            params.and("involving", filter.involving());
        }
        if (filter.type() != null) {
            where.add("e.type = :type");
            params.and("type", filter.type());
        }
        if (filter.topic() != null) {
            where.add(":topic member of e.topics");
            params.and("topic", filter.topic());
        }
        if (filter.from() != null) {
            where.add("e.dateTo >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.dateFrom <= :to");
            params.and("to", filter.to());
        }
        long total = find(select(where), params).count();
        if (after != null) {
            // Strictly after the cursor's position in "dateFrom desc nulls last, id desc".
            where.add(after.dateFrom() == null ? "(e.dateFrom is null and e.id < :afterId)"
                    : "(e.dateFrom < :afterDate or (e.dateFrom = :afterDate and e.id < :afterId) or e.dateFrom is null)");
            params.and("afterId", after.id());
            if (after.dateFrom() != null) {
                params.and("afterDate", after.dateFrom());
            }
        }
        List<EventRecord> rows = find(select(where) + " order by e.dateFrom desc nulls last, e.id desc", params)
                .range(0, limit).list();
        return PageOf.of(rows, limit, total);
    }

    /**
     * For each entity, the first page of the events involving it after {@code after}, as {@link #page} gives for that
     * entity alone (same order, same total), in one query for the whole set: the gateway asks for a level's entities at once.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, PageOf<EventRecord>> pagesInvolving(Collection<Long> entityIds, EventPosition after, int limit) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        String position = after == null ? "TRUE" : after.dateFrom() == null ? "(e.date_from IS NULL AND e.id < :afterId)"
                : "(e.date_from < :afterDate OR (e.date_from = :afterDate AND e.id < :afterId) OR e.date_from IS NULL)";
        var query = getEntityManager().createNativeQuery("""
                WITH involved AS (
                    SELECT entity_id, event_id FROM event_participant WHERE entity_id IN (:ids)
                    UNION SELECT entity_id, event_id FROM event_organization WHERE entity_id IN (:ids)
                    UNION SELECT location_id, id FROM event WHERE location_id IN (:ids)),
                totals AS (SELECT entity_id, count(*) AS total FROM involved GROUP BY entity_id),
                ranked AS (
                    SELECT i.entity_id, e.id, row_number() OVER (PARTITION BY i.entity_id ORDER BY e.date_from DESC NULLS LAST, e.id DESC) AS n
                    FROM involved i JOIN event e ON e.id = i.event_id WHERE %s)
                SELECT t.entity_id, r.id, t.total FROM totals t LEFT JOIN ranked r ON r.entity_id = t.entity_id AND r.n <= :fetch
                ORDER BY t.entity_id, r.n""".formatted(position))
                .setParameter("ids", entityIds)
                .setParameter("fetch", limit + 1);
        if (after != null) {
            query.setParameter("afterId", after.id());
            if (after.dateFrom() != null) {
                query.setParameter("afterDate", after.dateFrom());
            }
        }
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long entity = ((Number) row[0]).longValue();
            totals.put(entity, ((Number) row[2]).longValue());
            List<Long> page = ids.computeIfAbsent(entity, k -> new ArrayList<>());
            if (row[1] != null) {
                page.add(((Number) row[1]).longValue());
            }
        }
        Map<Long, EventRecord> records = listByIds(ids.values().stream().flatMap(List::stream).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));
        Map<Long, PageOf<EventRecord>> pages = new HashMap<>();
        ids.forEach((entity, page) -> pages.put(entity,
                PageOf.of(page.stream().map(records::get).filter(Objects::nonNull).toList(), limit, totals.get(entity))));
        return pages;
    }

    private static String select(List<String> where) {
        return "from EventRecord e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    /** Where an event stands in a listing's order: the cursor's content. */
    public record EventPosition(LocalDate dateFrom, long id) {
    }

    /** Filters of an event listing; null means "any". {@code involving} holds entity ids. */
    public record EventFilter(List<Long> involving, EventType type, Topic topic, LocalDate from, LocalDate to) {
    }
}
