package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.FoundEntity;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.extraction.Span;
import org.marsad.entity.repository.EntityRepository;

import java.util.Optional;

/**
 * Finds the graph entity an extracted entity stands for: by knowledge-base id; else by folded name among
 * entities discovered in earlier articles; else by an alias any entity of the type has (curated aliases
 * included); else by a close spelling of such an alias ({@link NameVariants}); creates it when it is new.
 * Every surface form becomes an alias.
 */
@ApplicationScoped
public class EntityResolver {

    private static final int SIMILAR_CANDIDATES = 10;

    private final EntityRepository entities;

    public EntityResolver(EntityRepository entities) {
        this.entities = entities;
    }

    public EntityRecord resolve(FoundEntity found) {
        EntityRecord record = found.kbId() != null ? fromKnowledgeBase(found) : known(found, null).orElseGet(() -> create(found));
        for (Span mention : found.mentions()) {
            record.addAlias(mention.text(), NameKey.of(mention.text()));
        }
        return record;
    }

    /** An entity of the graph this name already names, other than {@code rejected}. */
    private Optional<EntityRecord> known(FoundEntity found, Long rejected) {
        String key = NameKey.of(found.name());
        var discovered = entities.findDiscovered(found.type(), key);
        if (discovered.isPresent()) {
            return discovered;
        }
        var aliased = entities.withAliasKey(found.type(), key).stream().filter(e -> !e.id.equals(rejected)).findFirst();
        if (aliased.isPresent()) {
            return aliased;
        }
        if (found.type() != EntityType.PERSON && found.type() != EntityType.ORGANIZATION) {
            return Optional.empty(); // places and named events come from the knowledge base, spelled as it spells them
        }
        for (Object[] row : entities.similarAliases(found.type(), key, SIMILAR_CANDIDATES)) {
            if (NameVariants.sameName(key, (String) row[1]) && !Long.valueOf(((Number) row[0]).longValue()).equals(rejected)) {
                return entities.findByIdOptional(((Number) row[0]).longValue());
            }
        }
        return Optional.empty();
    }

    /** Whether a curator removed or split off every spelling this text uses for the entity. */
    private static boolean curatorTookAway(EntityRecord entity, FoundEntity found) {
        return !entity.blockedAliasKeys.isEmpty()
                && found.mentions().stream().allMatch(m -> entity.blockedAliasKeys.contains(NameKey.of(m.text())));
    }

    /**
     * The knowledge-base entity, unless a curator took these spellings away from it (a split or a removed
     * alias): then the name stands on its own, as the text spells it.
     */
    private EntityRecord fromKnowledgeBase(FoundEntity found) {
        var kb = entities.findByKbId(found.kbId());
        if (kb.isEmpty()) {
            return create(found);
        }
        if (!curatorTookAway(kb.get(), found)) {
            return kb.get();
        }
        var spelled = new FoundEntity("new:" + NameKey.of(found.mentions().get(0).text()), null, found.mentions().get(0).text(),
                null, found.type(), found.mentions());
        return known(spelled, kb.get().id).orElseGet(() -> create(spelled));
    }

    private EntityRecord create(FoundEntity found) {
        EntityRecord record = new EntityRecord();
        record.kbId = found.kbId();
        record.name = found.name();
        record.nameAr = found.nameAr();
        record.nameKey = NameKey.of(found.name());
        record.type = found.type();
        record.addAlias(found.name(), record.nameKey);
        entities.persist(record);
        return record;
    }
}
