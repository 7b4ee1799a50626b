package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.extraction.FoundEntity;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.extraction.Span;
import org.marsad.entity.repository.EntityRepository;

/**
 * Finds the graph entity an extracted entity stands for: by knowledge-base id, else by folded name among
 * entities discovered in earlier articles; creates it when it is new. Every surface form becomes an alias.
 */
@ApplicationScoped
public class EntityResolver {

    private final EntityRepository entities;

    public EntityResolver(EntityRepository entities) {
        this.entities = entities;
    }

    public EntityRecord resolve(FoundEntity found) {
        EntityRecord record = found.kbId() != null
                ? entities.findByKbId(found.kbId()).orElseGet(() -> create(found))
                : entities.findDiscovered(found.type(), NameKey.of(found.name())).orElseGet(() -> create(found));
        for (Span mention : found.mentions()) {
            record.addAlias(mention.text(), NameKey.of(mention.text()));
        }
        return record;
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
