package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restart loads the knowledge base again; it must add nothing that is already there. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class KnowledgeBaseReloadTest {

    @Inject
    KnowledgeBaseLoader loader;

    @Inject
    EntityManager em;

    @Test
    void loadingTheKnowledgeBaseAgainAddsNoRoleEntityOrSpelling() {
        long rolesWithoutOrganization = count("SELECT count(*) FROM entity_role WHERE article_id IS NULL AND organization_id IS NULL");
        assertTrue(rolesWithoutOrganization > 0, "the knowledge base should have roles without an organization");
        long roles = count("SELECT count(*) FROM entity_role WHERE article_id IS NULL");
        long entities = count("SELECT count(*) FROM entity WHERE kb_id IS NOT NULL");
        long aliases = count("SELECT count(*) FROM entity_alias");

        loader.onStart(null); // what a restart does

        assertEquals(roles, count("SELECT count(*) FROM entity_role WHERE article_id IS NULL"));
        assertEquals(entities, count("SELECT count(*) FROM entity WHERE kb_id IS NOT NULL"));
        assertEquals(aliases, count("SELECT count(*) FROM entity_alias"));
    }

    @Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
