package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.commons.paging.PageOf;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Events, filtered by who is involved, type, topic and dates. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<EventRecord> {

    public List<EventRecord> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Every event reported by one of these articles, oldest first, in one query. */
    public List<EventRecord> listByArticles(Collection<String> articleIds) {
        return articleIds.isEmpty() ? List.of()
                : list("select distinct e from EventRecord e join e.sources s where s.articleId in ?1 order by e.id", articleIds);
    }

    /**
     * Locks (FOR UPDATE, in id order) every event of one of these types in which one of these entities takes part
     * or is an organization: the merge candidates of the readings about to be recorded, so that no other writer
     * changes them between our reading them and our writing them back.
     */
    public void lockSharing(Collection<EventType> types, Collection<Long> entityIds) {
        if (types.isEmpty() || entityIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        SELECT e.id FROM event e WHERE e.type IN (:types) AND e.id IN (
                            SELECT p.event_id FROM event_participant p WHERE p.entity_id IN (:ids)
                            UNION SELECT o.event_id FROM event_organization o WHERE o.entity_id IN (:ids))
                        ORDER BY e.id FOR UPDATE OF e""")
                .setParameter("types", types.stream().map(Enum::name).toList())
                .setParameter("ids", entityIds)
                .getResultList();
    }

    /** Locks (FOR UPDATE, in id order) the events an article reports, before its old tellings are taken out of them. */
    public void lockReportedBy(String articleId) {
        getEntityManager().createNativeQuery("""
                        SELECT e.id FROM event e WHERE e.id IN (SELECT s.event_id FROM event_source s WHERE s.article_id = :article)
                        ORDER BY e.id FOR UPDATE OF e""")
                .setParameter("article", articleId)
                .getResultList();
    }

    /** Events of this type that share a participant or an organization with the given ids: merge candidates. */
    public List<EventRecord> listSharing(EventType type, Collection<Long> participantIds, Collection<Long> organizationIds) {
        if (participantIds.isEmpty() && organizationIds.isEmpty()) {
            return List.of();
        }
        return list("""
                        select distinct e from EventRecord e where e.type = ?1 and (
                            exists (select 1 from EventRecord x join x.participants p where x = e and p.entityId in ?2)
                            or exists (select 1 from EventRecord y join y.organizationIds o where y = e and o in ?3))
                        order by e.id""", type,
                participantIds.isEmpty() ? List.of(-1L) : participantIds, organizationIds.isEmpty() ? List.of(-1L) : organizationIds);
    }

    /**
     * A page of events, newest first. An event involves an entity when the entity takes part or is one of the
     * event's organizations (organizations a participant acts for are stored there at extraction).
     */
    public PageOf<EventRecord> page(EventFilter filter, int offset, int limit) {
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
        String query = "from EventRecord e " + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ")
                + "order by e.dateFrom desc nulls last, e.id desc";
        var found = find(query, params);
        long total = found.count();
        return new PageOf<>(found.range(offset, offset + limit - 1).list(), total);
    }

    /** Filters of an event listing; null means "any". {@code involving} holds entity ids. */
    public record EventFilter(List<Long> involving, EventType type, Topic topic, LocalDate from, LocalDate to) {
    }
}
