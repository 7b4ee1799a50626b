package org.marsad.entity.service;

import jakarta.persistence.EntityManager;

/** Test set-up shared by the tests that extract articles into the test database. */
final class TestGraph {

    private TestGraph() {
    }

    /** Keeps the knowledge base and drops everything articles brought; call inside a transaction. */
    static void keepOnlyTheKnowledgeBase(EntityManager em) {
        em.createNativeQuery("DELETE FROM event").executeUpdate();
        em.createNativeQuery("DELETE FROM mention").executeUpdate();
        em.createNativeQuery("DELETE FROM entity_role WHERE article_id IS NOT NULL").executeUpdate();
        em.createNativeQuery("DELETE FROM extraction_run").executeUpdate();
        em.createNativeQuery("DELETE FROM entity WHERE kb_id IS NULL").executeUpdate();
    }
}
