package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.marsad.commons.paging.Ids;
import org.marsad.commons.rest.ApiException;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.EventRepository;
import org.marsad.entity.repository.GraphLocks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What analysts correct by hand: merge two entities, split a wrong merge, add or remove a spelling, correct an
 * event. Corrections are stored apart from what extraction derives (blocked spellings, kb-id and id redirects,
 * event corrections), so re-extraction by any engine version keeps them. A curation rewrites entities and events
 * wholesale, so it waits for running extractions and holds new ones back until it commits.
 */
@ApplicationScoped
@Transactional
public class CurationService {

    private static final Logger LOG = Logger.getLogger(CurationService.class);

    private final EntityRepository entities;
    private final EventRepository events;
    private final EntityManager em;
    private final GraphLocks locks;

    public CurationService(EntityRepository entities, EventRepository events, EntityManager em, GraphLocks locks) {
        this.entities = entities;
        this.events = events;
        this.em = em;
        this.locks = locks;
    }

    public EntityRecord addAlias(String entityId, String alias) {
        locks.exclusiveOfExtractions();
        EntityRecord entity = entity(entityId);
        String key = key(alias);
        entity.blockedAliasKeys.remove(key);
        entity.addAlias(alias, key);
        LOG.infof("curation: alias '%s' added to entity %d", alias, entity.id);
        return entity;
    }

    /** Removes a spelling; extraction will not attach it to this entity again. */
    public EntityRecord removeAlias(String entityId, String alias) {
        locks.exclusiveOfExtractions();
        EntityRecord entity = entity(entityId);
        String key = key(alias);
        if (!entity.aliases.removeIf(a -> a.aliasKey.equals(key))) {
            throw ApiException.notFound("entity " + entityId + " has no alias " + alias);
        }
        entity.blockedAliasKeys.add(key);
        LOG.infof("curation: alias '%s' removed from entity %d", alias, entity.id);
        return entity;
    }

    /** Folds {@code fromId} into {@code intoId}: spellings, mentions, roles and every event it takes part in. */
    public EntityRecord merge(String intoId, String fromId) {
        locks.exclusiveOfExtractions();
        EntityRecord into = entity(intoId);
        EntityRecord from = entity(fromId);
        if (into.id.equals(from.id)) {
            throw ApiException.badRequest("an entity cannot be merged into itself");
        }
        if (into.type != from.type) {
            throw ApiException.badRequest("cannot merge a " + from.type + " into a " + into.type);
        }
        long a = into.id;
        long b = from.id;
        from.aliases.forEach(alias -> into.addAlias(alias.alias, alias.aliasKey));
        into.blockedAliasKeys.addAll(from.blockedAliasKeys);
        em.flush();
        sql("UPDATE mention SET entity_id = :a WHERE entity_id = :b", a, b);
        sql("UPDATE entity_role SET person_id = :a WHERE person_id = :b", a, b);
        sql("UPDATE entity_role SET organization_id = :a WHERE organization_id = :b", a, b);
        sql("INSERT INTO event_participant (event_id, entity_id, role) SELECT event_id, :a, role FROM event_participant "
                + "WHERE entity_id = :b ON CONFLICT DO NOTHING", a, b);
        sql("INSERT INTO event_organization (event_id, entity_id) SELECT event_id, :a FROM event_organization "
                + "WHERE entity_id = :b ON CONFLICT DO NOTHING", a, b);
        sql("UPDATE event SET location_id = :a WHERE location_id = :b", a, b);
        sql("UPDATE event_source SET location_id = :a WHERE location_id = :b", a, b);
        for (String column : List.of("participant_ids", "organization_ids")) {
            sql("UPDATE event_source SET " + column + " = array_to_string(array_replace(string_to_array(" + column
                    + ", ','), CAST(:b AS text), CAST(:a AS text)), ',') WHERE (',' || " + column + " || ',') LIKE '%,' || :b || ',%'", a, b);
        }
        sql("UPDATE event_correction SET value = CAST(:a AS text) WHERE field = 'LOCATION' AND value = CAST(:b AS text)", a, b);
        if (from.kbId != null) {
            em.createNativeQuery("INSERT INTO entity_kb_alias (kb_id, entity_id) VALUES (:kb, :a) ON CONFLICT (kb_id) DO UPDATE SET entity_id = :a")
                    .setParameter("kb", from.kbId).setParameter("a", a).executeUpdate();
        }
        sql("UPDATE entity_kb_alias SET entity_id = :a WHERE entity_id = :b", a, b);
        sql("UPDATE entity_redirect SET to_id = :a WHERE to_id = :b", a, b);
        sql("INSERT INTO entity_redirect (from_id, to_id) VALUES (:b, :a)", a, b);
        sql("DELETE FROM entity WHERE id = :b AND id <> :a", a, b);
        em.flush();
        em.clear();
        recomputeEventsOf(a);
        LOG.infof("curation: entity %d merged into %d", b, a);
        return entities.findById(a);
    }

    /**
     * Takes spellings off an entity into a new one (a wrong merge): the mentions written that way, and the
     * events and roles of articles that name only the new entity, follow. The old entity will not take those
     * spellings again.
     */
    public EntityRecord split(String entityId, List<String> aliases) {
        locks.exclusiveOfExtractions();
        EntityRecord old = entity(entityId);
        if (aliases == null || aliases.isEmpty()) {
            throw ApiException.badRequest("aliases must name at least one spelling to split off");
        }
        Set<String> keys = new HashSet<>();
        aliases.forEach(a -> keys.add(key(a)));
        if (old.aliases.stream().noneMatch(a -> keys.contains(a.aliasKey))) {
            throw ApiException.badRequest("entity " + entityId + " has none of these aliases: " + aliases);
        }
        EntityRecord split = new EntityRecord();
        split.name = aliases.get(0).strip();
        split.nameKey = key(split.name);
        split.type = old.type;
        aliases.forEach(a -> split.addAlias(a, key(a)));
        entities.persist(split);
        old.aliases.removeIf(a -> keys.contains(a.aliasKey));
        old.blockedAliasKeys.addAll(keys);
        em.flush();
        long a = split.id;
        long b = old.id;
        for (var m : em.createQuery("select m from Mention m where m.entityId = :b", org.marsad.entity.domain.Mention.class)
                .setParameter("b", b).getResultList()) {
            if (keys.contains(NameKey.of(m.text))) {
                m.entityId = a;
            }
        }
        em.flush();
        // Articles that now name only the new entity: what they state about the old one was about the new one.
        String onlyNew = "(SELECT article_id FROM mention WHERE entity_id = :a EXCEPT SELECT article_id FROM mention WHERE entity_id = :b)";
        sql("UPDATE entity_role SET person_id = :a WHERE person_id = :b AND article_id IN " + onlyNew, a, b);
        sql("UPDATE event_source SET participant_ids = array_to_string(array_replace(string_to_array(participant_ids, ','), "
                + "CAST(:b AS text), CAST(:a AS text)), ',') WHERE article_id IN " + onlyNew, a, b);
        em.clear();
        recomputeEventsOf(b);
        LOG.infof("curation: %s split off entity %d into %d", aliases, b, a);
        return entities.findById(a);
    }

    /** Sets event fields by hand; they win over what the sources say, through every re-extraction. */
    public EventRecord correct(String eventId, EventCorrection correction) {
        locks.exclusiveOfExtractions();
        EventRecord event = Ids.parse(eventId).flatMap(events::findByIdOptional)
                .orElseThrow(() -> ApiException.notFound("no event " + eventId));
        var fields = correction.fields();
        String location = fields.get(EventCorrection.Field.LOCATION.name());
        if (location != null && Ids.parse(location).flatMap(entities::findByIdOptional).isEmpty()) {
            throw ApiException.badRequest("location must be an entity id; no entity " + location);
        }
        event.corrections.putAll(fields);
        EventFields.applyCorrections(event);
        LOG.infof("curation: event %d corrected: %s", event.id, fields);
        return event;
    }

    /** Participants and organizations are recomputed from the sources after ids moved under them. */
    private void recomputeEventsOf(long entityId) {
        List<EventRecord> touched = events.list("""
                select distinct e from EventRecord e join e.participants p where p.entityId = ?1""", entityId);
        for (EventRecord e : touched) {
            Set<Long> places = new HashSet<>();
            e.sources.stream().map(s -> s.locationId).filter(java.util.Objects::nonNull).forEach(places::add);
            EventFields.recompute(e, new Places(entities.partOf(places)));
        }
    }

    private EntityRecord entity(String id) {
        return Ids.parse(id).flatMap(i -> entities.findCurrent(i)).orElseThrow(() -> ApiException.notFound("no entity " + id));
    }

    private static String key(String alias) {
        if (alias == null || alias.isBlank()) {
            throw ApiException.badRequest("alias must not be blank");
        }
        String key = NameKey.of(alias);
        if (key.isBlank()) {
            throw ApiException.badRequest("alias has no letters: " + alias);
        }
        return key;
    }

    private void sql(String statement, long a, long b) {
        var query = em.createNativeQuery(statement);
        if (statement.contains(":a")) {
            query.setParameter("a", a);
        }
        if (statement.contains(":b")) {
            query.setParameter("b", b);
        }
        query.executeUpdate();
    }
}
