package org.marsad.entity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * PostgreSQL advisory locks that let extractions run side by side, on several threads or replicas, with the
 * result of running them one after the other. All are held until the transaction ends. Callers take them in
 * the order of {@link Space} (and each method takes its keys sorted), so two writers never wait on each other
 * in a circle; where that order cannot hold, PostgreSQL detects the deadlock and the writer retries.
 */
@ApplicationScoped
public class GraphLocks {

    /** Key spaces: the first half of PostgreSQL's two-int advisory lock key. */
    private enum Space { CURATION, ARTICLE, NEW_ENTITY, MERGE_KEY }

    private static final char SEPARATOR = '\u001f';

    private final EntityManager em;

    public GraphLocks(EntityManager em) {
        this.em = em;
    }

    /** Extraction writes share the graph with each other but never overlap a curation, which rewrites it wholesale. */
    public void sharedWithExtractions() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(:space, 0)")
                .setParameter("space", Space.CURATION.ordinal()).getSingleResult();
    }

    /** A curation (or the knowledge-base load) waits for running extractions and holds new ones back. */
    public void exclusiveOfExtractions() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:space, 0)")
                .setParameter("space", Space.CURATION.ordinal()).getSingleResult();
    }

    /** One writer per article: a redelivery waits for the delivery in progress and then finds it done. */
    public void article(String articleId) {
        lock(Space.ARTICLE, List.of(articleId));
    }

    /** One creator of new entities per type: a name created meanwhile by another writer is found, not made twice. */
    public void newEntities(Collection<String> types) {
        lock(Space.NEW_ENTITY, types);
    }

    /**
     * Merge keys, "TYPE:entityId" for each participant and organization of the events being recorded: a writer
     * that could join or create an event of that type involving that entity waits for the one holding the key.
     */
    public void mergeKeys(Collection<String> keys) {
        lock(Space.MERGE_KEY, keys);
    }

    private void lock(Space space, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        // Volatile functions in the select list run after ORDER BY, so the keys are taken in sorted order.
        em.createNativeQuery("""
                        SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:space, hashtext(k))
                        FROM unnest(string_to_array(:keys, chr(31))) AS k ORDER BY k) taken""")
                .setParameter("space", space.ordinal())
                .setParameter("keys", String.join(String.valueOf(SEPARATOR), new TreeSet<>(keys)))
                .getSingleResult();
    }
}
