package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.marsad.commons.paging.PageOf;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.SoundKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Entities and the ways to find them: knowledge-base id, folded name, any alias, or approximate spelling. */
@ApplicationScoped
public class EntityRepository implements PanacheRepository<EntityRecord> {

    /** The entity with this knowledge-base id, or the one a curator merged it into. */
    public Optional<EntityRecord> findByKbId(String kbId) {
        var own = find("kbId", kbId).firstResultOptional();
        if (own.isPresent()) {
            return own;
        }
        List<?> merged = getEntityManager().createNativeQuery("SELECT entity_id FROM entity_kb_alias WHERE kb_id = :kb")
                .setParameter("kb", kbId).getResultList();
        return merged.isEmpty() ? Optional.empty() : findByIdOptional(((Number) merged.get(0)).longValue());
    }

    /** The entity an id names now: itself, or the entity it was merged into. */
    public Optional<EntityRecord> findCurrent(long id) {
        var own = findByIdOptional(id);
        if (own.isPresent()) {
            return own;
        }
        List<?> to = getEntityManager().createNativeQuery("SELECT to_id FROM entity_redirect WHERE from_id = :id")
                .setParameter("id", id).getResultList();
        return to.isEmpty() ? Optional.empty() : findByIdOptional(((Number) to.get(0)).longValue());
    }

    public Optional<EntityRecord> findDiscovered(EntityType type, String nameKey) {
        return find("kbId is null and type = ?1 and nameKey = ?2", type, nameKey).firstResultOptional();
    }

    /** Entities of this type with an alias folding exactly to {@code key}, oldest first. */
    public List<EntityRecord> withAliasKey(EntityType type, String key) {
        return list("select distinct e from EntityRecord e join e.aliases a where e.type = ?1 and a.aliasKey = ?2 order by e.id", type, key);
    }

    /** (entity id, alias key) of this type's aliases resembling {@code key} (trigram similarity), most similar first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> similarAliases(EntityType type, String key, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT e.id, a.alias_key FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                        WHERE e.type = :type AND a.alias_key % :key
                        ORDER BY similarity(a.alias_key, :key) DESC, e.id LIMIT :limit""")
                .setParameter("type", type.name()).setParameter("key", key).setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Adds spellings to entities in one batch, skipping those an entity has and those a curator took away from it.
     * An insert that skips what is there, rather than a change to {@link EntityRecord#aliases} (which Hibernate
     * writes back whole), so that writers adding spellings to one entity at the same time never collide.
     */
    public void addAliases(Collection<NewAlias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        getEntityManager().flush(); // entities created in this transaction must be in the table first
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    INSERT INTO entity_alias (entity_id, alias, alias_key, sound_key) SELECT ?, ?, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM entity_alias_block b WHERE b.entity_id = ? AND b.alias_key = ?)
                    ON CONFLICT DO NOTHING""")) {
                for (NewAlias a : aliases) {
                    insert.setLong(1, a.entityId());
                    insert.setString(2, a.alias());
                    insert.setString(3, a.key());
                    insert.setString(4, SoundKey.of(a.alias()));
                    insert.setLong(5, a.entityId());
                    insert.setString(6, a.key());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** (entity id, spelling) of this type's aliases that sound like one of {@code soundKeys}, by entity id. */
    @SuppressWarnings("unchecked")
    public List<Object[]> aliasesSoundingLike(EntityType type, Collection<String> soundKeys) {
        return getEntityManager().createNativeQuery("""
                        SELECT e.id, a.alias FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                        WHERE e.type = :type AND a.sound_key IN (:keys) ORDER BY e.id""")
                .setParameter("type", type.name()).setParameter("keys", soundKeys)
                .getResultList();
    }

    /** Gives the spellings stored before sound keys existed theirs; how many it filled. */
    @SuppressWarnings("unchecked")
    public int fillMissingSoundKeys() {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT entity_id, alias_key, alias FROM entity_alias WHERE sound_key IS NULL").getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement(
                    "UPDATE entity_alias SET sound_key = ? WHERE entity_id = ? AND alias_key = ?")) {
                for (Object[] row : rows) {
                    update.setString(1, SoundKey.of((String) row[2]));
                    update.setLong(2, ((Number) row[0]).longValue());
                    update.setString(3, (String) row[1]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
        return rows.size();
    }

    /** A spelling to add to an entity, with its folded key. */
    public record NewAlias(long entityId, String alias, String key) {
    }

    /** For each of these places that lies in a known country: place id → country id. */
    public Map<Long, Long> partOf(Collection<Long> placeIds) {
        Map<Long, Long> partOf = new HashMap<>();
        if (!placeIds.isEmpty()) {
            getEntityManager().createQuery("select e.id, e.partOfId from EntityRecord e where e.id in :ids and e.partOfId is not null", Object[].class)
                    .setParameter("ids", placeIds).getResultList()
                    .forEach(row -> partOf.put((Long) row[0], (Long) row[1]));
        }
        return partOf;
    }

    /** Which of these entities are places (a state taking part in an agreement, say). */
    public Set<Long> placesAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(getEntityManager()
                .createQuery("select e.id from EntityRecord e where e.id in :ids and e.type = :place", Long.class)
                .setParameter("ids", ids).setParameter("place", EntityType.LOCATION).getResultList());
    }

    public List<EntityRecord> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Entity ids whose id, knowledge-base id, or any alias folds to {@code key}. */
    public List<Long> idsMatching(String raw, String key) {
        return getEntityManager().createQuery("""
                        select distinct e.id from EntityRecord e left join e.aliases a
                        where a.aliasKey = :key or e.nameKey = :key or lower(e.kbId) = :raw or cast(e.id as string) = :raw""", Long.class)
                .setParameter("key", key)
                .setParameter("raw", raw.toLowerCase())
                .getResultList();
    }

    /**
     * A page of entities whose aliases contain or resemble {@code key} (trigram similarity), named in at least
     * {@code minMentions} mentions, in {@code order}, starting after {@code after} (null: from the start).
     */
    @SuppressWarnings("unchecked")
    public PageOf<EntityRow> search(String key, EntityType type, int minMentions, EntityOrder order, EntityRow after, int limit) {
        List<String> where = new ArrayList<>();
        if (key != null) {
            where.add("(a.alias_key LIKE '%' || :key || '%' OR similarity(a.alias_key, :key) > 0.4)");
        }
        if (type != null) {
            where.add("e.type = :type");
        }
        String filter = where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where);
        String score = key == null ? "CAST(0 AS real)" : "max(similarity(a.alias_key, :key))";
        String select = "SELECT id, score, mentions FROM (SELECT e.id, " + score + " AS score, "
                + "(SELECT count(*) FROM mention m WHERE m.entity_id = e.id) AS mentions FROM entity e "
                + "LEFT JOIN entity_alias a ON a.entity_id = e.id " + filter + " GROUP BY e.id) s WHERE mentions >= :min";
        String keyset = after == null ? ""
                : order == EntityOrder.MENTIONS ? " AND (mentions < :afterMentions OR (mentions = :afterMentions AND id > :afterId))"
                : " AND (score < :afterScore OR (score = :afterScore AND id > :afterId))";
        String sort = order == EntityOrder.MENTIONS ? "mentions DESC, id" : "score DESC, id";
        var rows = getEntityManager().createNativeQuery(select + keyset + " ORDER BY " + sort + " LIMIT :limit");
        var total = getEntityManager().createNativeQuery("SELECT count(*) FROM (" + select + ") c");
        for (var q : List.of(rows, total)) {
            q.setParameter("min", minMentions);
            if (key != null) {
                q.setParameter("key", key);
            }
            if (type != null) {
                q.setParameter("type", type.name());
            }
        }
        if (after != null) {
            rows.setParameter("afterId", after.id());
            if (order == EntityOrder.MENTIONS) {
                rows.setParameter("afterMentions", after.mentions());
            } else {
                rows.setParameter("afterScore", after.score());
            }
        }
        rows.setParameter("limit", limit + 1);
        List<EntityRow> found = ((List<Object[]>) rows.getResultList()).stream()
                .map(r -> new EntityRow(((Number) r[0]).longValue(), ((Number) r[1]).floatValue(), ((Number) r[2]).longValue()))
                .toList();
        return PageOf.of(found, limit, ((Number) total.getSingleResult()).longValue());
    }

    /** How an entity listing is sorted; ties go to the entity known first. */
    public enum EntityOrder {
        /** Best match for the search first (without a search, the order in which entities became known). */
        RELEVANCE,
        /** Most mentioned first. */
        MENTIONS
    }

    /** An entity in a listing with the values it is sorted by. */
    public record EntityRow(long id, float score, long mentions) {
    }
}
