package org.marsad.entity.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.domain.EntityRole;
import org.marsad.entity.extraction.KbEntity;
import org.marsad.entity.extraction.KbRole;
import org.marsad.entity.extraction.KnowledgeBase;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.GraphLocks;
import org.marsad.entity.repository.RoleRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Map;

/**
 * Puts the curated knowledge base into the database at start (after migration): adds entities, spellings
 * and roles it lacks, and never removes what is there, so entities changed through the API persist.
 */
@ApplicationScoped
public class KnowledgeBaseLoader {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseLoader.class);

    private final KnowledgeBase knowledgeBase;
    private final EntityRepository entities;
    private final RoleRepository roles;
    private final GraphLocks locks;

    public KnowledgeBaseLoader(KnowledgeBase knowledgeBase, EntityRepository entities, RoleRepository roles, GraphLocks locks) {
        this.knowledgeBase = knowledgeBase;
        this.entities = entities;
        this.roles = roles;
        this.locks = locks;
    }

    @Transactional
    @TransactionConfiguration(timeout = 600) // a first load on a busy machine can outlast the default minute
    void onStart(@Observes @Priority(10) StartupEvent event) {
        locks.exclusiveOfExtractions(); // another replica may be extracting while this one starts
        Map<String, EntityRecord> byKbId = new HashMap<>();
        int added = 0;
        for (KbEntity kb : knowledgeBase.entities()) {
            var existing = entities.findByKbId(kb.id());
            EntityRecord record = existing.orElseGet(EntityRecord::new);
            if (existing.isEmpty()) {
                record.kbId = kb.id();
                record.name = kb.name();
                record.nameAr = kb.nameAr();
                record.nameKey = NameKey.of(kb.name());
                record.type = kb.type();
                record.wikidataId = kb.wikidataId();
                added++;
            }
            for (String alias : namesOf(kb)) {
                record.addAlias(alias, NameKey.of(alias));
            }
            if (existing.isEmpty()) {
                entities.persist(record);
            }
            byKbId.put(kb.id(), record);
        }
        for (KbEntity kb : knowledgeBase.entities()) {
            EntityRecord country = knowledgeBase.countryOf(kb.id()).map(byKbId::get).orElse(null);
            if (country != null && byKbId.get(kb.id()).partOfId == null) {
                byKbId.get(kb.id()).partOfId = country.id;
            }
            for (KbRole role : kb.roles()) {
                addRole(byKbId.get(kb.id()), role, byKbId.get(role.organizationId()));
            }
        }
        int sounded = entities.fillMissingSoundKeys();
        LOG.infof("Knowledge base: %d entities, %d new in the database%s", knowledgeBase.entities().size(), added,
                sounded == 0 ? "" : "; sound keys given to " + sounded + " older spellings");
    }

    private static List<String> namesOf(KbEntity kb) {
        List<String> names = new ArrayList<>();
        Stream.of(kb.name(), kb.nameAr(), kb.nameFr()).filter(Objects::nonNull).forEach(names::add);
        names.addAll(kb.aliases());
        return names;
    }

    private void addRole(EntityRecord person, KbRole role, EntityRecord organization) {
        Long orgId = organization == null ? null : organization.id;
        if (roles.hasKnowledgeBaseRole(person.id, role.title(), orgId)) {
            return;
        }
        EntityRole r = new EntityRole();
        r.personId = person.id;
        r.title = role.title();
        r.organizationId = orgId;
        roles.persist(r);
    }
}
