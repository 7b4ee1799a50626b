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
        EntityRecord record = found.kbId() != null
                ? entities.findByKbId(found.kbId()).orElseGet(() -> create(found))
                : known(found).orElseGet(() -> create(found));
        for (Span mention : found.mentions()) {
            record.addAlias(mention.text(), NameKey.of(mention.text()));
        }
        return record;
    }

    private Optional<EntityRecord> known(FoundEntity found) {
        String key = NameKey.of(found.name());
        var discovered = entities.findDiscovered(found.type(), key);
        if (discovered.isPresent()) {
            return discovered;
        }
        var aliased = entities.withAliasKey(found.type(), key);
        if (!aliased.isEmpty()) {
            return Optional.of(aliased.get(0));
        }
        if (found.type() != EntityType.PERSON && found.type() != EntityType.ORGANIZATION) {
            return Optional.empty(); // places and named events come from the knowledge base, spelled as it spells them
        }
        for (Object[] row : entities.similarAliases(found.type(), key, SIMILAR_CANDIDATES)) {
            if (NameVariants.sameName(key, (String) row[1])) {
                return entities.findByIdOptional(((Number) row[0]).longValue());
            }
        }
        return Optional.empty();
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
