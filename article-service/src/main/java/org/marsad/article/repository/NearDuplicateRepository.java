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
        em.createNativeQuery("""
                        INSERT INTO article_band (band, bucket, article_id)
                        SELECT n - 1, bucket, :id FROM unnest(CAST(:buckets AS bigint[])) WITH ORDINALITY AS b(bucket, n)
                        ON CONFLICT DO NOTHING""")
                .setParameter("buckets", arrayLiteral(Arrays.stream(buckets).boxed().toList())).setParameter("id", articleId)
                .executeUpdate();
    }

    /**
     * The signatures of the other articles sharing the most band buckets with these, at most {@code limit}: the
     * more bands two signatures share, the more similar they are, so the best candidates come first.
     */
    public List<Candidate> candidates(long articleId, long[] buckets, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, CAST(a.minhash AS text) FROM (
                            SELECT ab.article_id, count(*) AS shared FROM article_band ab
                            JOIN unnest(CAST(:buckets AS bigint[])) WITH ORDINALITY AS mine(bucket, n)
                              ON ab.band = mine.n - 1 AND ab.bucket = mine.bucket
                            WHERE ab.article_id <> :id
                            GROUP BY ab.article_id ORDER BY shared DESC, ab.article_id DESC LIMIT :limit) c
                        JOIN article a ON a.id = c.article_id
                        WHERE a.minhash IS NOT NULL""")
                .setParameter("buckets", arrayLiteral(Arrays.stream(buckets).boxed().toList())).setParameter("id", articleId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), parseInts((String) r[1]))).toList();
    }

    /** Links two articles both ways. */
    public void link(long a, long b, double similarity) {
        em.createNativeQuery("""
                        INSERT INTO near_duplicate (article_id, other_id, similarity) VALUES (:a, :b, :s), (:b, :a, :s)
                        ON CONFLICT (article_id, other_id) DO UPDATE SET similarity = EXCLUDED.similarity""")
                .setParameter("a", a).setParameter("b", b).setParameter("s", (float) similarity).executeUpdate();
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

    private static int[] parseInts(String arrayText) {
        String inner = arrayText.substring(1, arrayText.length() - 1);
        return inner.isEmpty() ? new int[0] : Arrays.stream(inner.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Another article's id and MinHash signature. */
    public record Candidate(long id, int[] minhash) {
    }

    /** A link to another article and the estimated share of text they have in common. */
    public record Link(long otherId, double similarity) {
    }
}
