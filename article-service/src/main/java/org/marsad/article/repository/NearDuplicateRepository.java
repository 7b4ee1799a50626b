package org.marsad.article.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** LSH band buckets of articles' MinHash signatures, and the near-duplicate links found through them. */
@ApplicationScoped
public class NearDuplicateRepository {

    private final EntityManager em;

    public NearDuplicateRepository(EntityManager em) {
        this.em = em;
    }

    public void addBands(long articleId, long[] buckets) {
        var insert = em.createNativeQuery(
                "INSERT INTO article_band (band, bucket, article_id) VALUES (:band, :bucket, :id) ON CONFLICT DO NOTHING");
        for (int band = 0; band < buckets.length; band++) {
            insert.setParameter("band", band).setParameter("bucket", buckets[band]).setParameter("id", articleId).executeUpdate();
        }
    }

    /** Other articles sharing at least one band bucket with these. */
    public List<Long> candidates(long articleId, long[] buckets) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT DISTINCT ab.article_id FROM article_band ab
                        JOIN unnest(CAST(:buckets AS bigint[])) WITH ORDINALITY AS mine(bucket, n)
                          ON ab.band = mine.n - 1 AND ab.bucket = mine.bucket
                        WHERE ab.article_id <> :id""")
                .setParameter("buckets", arrayLiteral(Arrays.stream(buckets).boxed().toList())).setParameter("id", articleId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Links two articles both ways. */
    public void link(long a, long b, double similarity) {
        var insert = em.createNativeQuery("""
                INSERT INTO near_duplicate (article_id, other_id, similarity) VALUES (:a, :b, :s)
                ON CONFLICT (article_id, other_id) DO UPDATE SET similarity = EXCLUDED.similarity""");
        insert.setParameter("a", a).setParameter("b", b).setParameter("s", (float) similarity).executeUpdate();
        insert.setParameter("a", b).setParameter("b", a).setParameter("s", (float) similarity).executeUpdate();
    }

    /** The near-duplicates of each article, most similar first; articles without any are absent. */
    public Map<Long, List<Link>> linksOf(List<Long> articleIds) {
        Map<Long, List<Link>> links = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return links;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT article_id, other_id, similarity FROM near_duplicate
                        WHERE article_id = ANY(CAST(:ids AS bigint[])) ORDER BY article_id, similarity DESC, other_id""")
                .setParameter("ids", arrayLiteral(articleIds))
                .getResultList();
        for (Object[] r : rows) {
            links.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Link(((Number) r[1]).longValue(), ((Number) r[2]).doubleValue()));
        }
        return links;
    }

    /** A PostgreSQL array literal, bound as text and cast in SQL: portable across drivers and Hibernate versions. */
    private static String arrayLiteral(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** A link to another article and the estimated share of text they have in common. */
    public record Link(long otherId, double similarity) {
    }
}
