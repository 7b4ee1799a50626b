package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.commons.paging.PageOf;
import org.marsad.entity.domain.Mention;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mentions: how often entities are named, and in which articles. */
@ApplicationScoped
public class MentionRepository implements PanacheRepository<Mention> {

    public Map<Long, Integer> countByEntity(Collection<Long> entityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (entityIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select m.entityId, count(m) from Mention m where m.entityId in :ids group by m.entityId", Object[].class)
                .setParameter("ids", entityIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Entity ids named by each article, most named first. */
    public Map<String, List<Long>> entityIdsByArticle(Collection<String> articleIds) {
        Map<String, List<Long>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        getEntityManager().createQuery("""
                        select m.articleId, m.entityId from Mention m where m.articleId in :ids
                        group by m.articleId, m.entityId order by m.articleId, count(m) desc, min(m.start)""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> byArticle.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((Long) row[1]));
        return byArticle;
    }

    /**
     * A page of the articles that name an entity, most recent extraction first (by the article's latest mention id,
     * which no other article shares), starting after the article whose latest mention is {@code afterMention}.
     */
    public PageOf<ArticleRef> articles(Long entityId, Long afterMention, int limit) {
        var query = getEntityManager().createQuery("select m.articleId, max(m.id) from Mention m where m.entityId = :id group by m.articleId"
                        + (afterMention == null ? "" : " having max(m.id) < :after") + " order by max(m.id) desc", Object[].class)
                .setParameter("id", entityId)
                .setMaxResults(limit + 1);
        if (afterMention != null) {
            query.setParameter("after", afterMention);
        }
        List<ArticleRef> rows = query.getResultList().stream().map(r -> new ArticleRef((String) r[0], (Long) r[1])).toList();
        long total = getEntityManager().createQuery("select count(distinct m.articleId) from Mention m where m.entityId = :id", Long.class)
                .setParameter("id", entityId)
                .getSingleResult();
        return PageOf.of(rows, limit, total);
    }

    /** For each entity, the page {@link #articles} gives for it alone, in one query for the whole set. */
    @SuppressWarnings("unchecked")
    public Map<Long, PageOf<ArticleRef>> articlesByEntities(Collection<Long> entityIds, Long afterMention, int limit) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        var query = getEntityManager().createNativeQuery("""
                WITH refs AS (SELECT entity_id, article_id, max(id) AS last_mention FROM mention WHERE entity_id IN (:ids)
                              GROUP BY entity_id, article_id),
                totals AS (SELECT entity_id, count(*) AS total FROM refs GROUP BY entity_id),
                ranked AS (SELECT entity_id, article_id, last_mention,
                                  row_number() OVER (PARTITION BY entity_id ORDER BY last_mention DESC) AS n
                           FROM refs WHERE %s)
                SELECT t.entity_id, r.article_id, r.last_mention, t.total FROM totals t
                LEFT JOIN ranked r ON r.entity_id = t.entity_id AND r.n <= :fetch
                ORDER BY t.entity_id, r.n""".formatted(afterMention == null ? "TRUE" : "last_mention < :after"))
                .setParameter("ids", entityIds)
                .setParameter("fetch", limit + 1);
        if (afterMention != null) {
            query.setParameter("after", afterMention);
        }
        Map<Long, List<ArticleRef>> rows = new HashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long entity = ((Number) row[0]).longValue();
            totals.put(entity, ((Number) row[3]).longValue());
            List<ArticleRef> page = rows.computeIfAbsent(entity, k -> new java.util.ArrayList<>());
            if (row[1] != null) {
                page.add(new ArticleRef((String) row[1], ((Number) row[2]).longValue()));
            }
        }
        Map<Long, PageOf<ArticleRef>> pages = new HashMap<>();
        rows.forEach((entity, page) -> pages.put(entity, PageOf.of(page, limit, totals.get(entity))));
        return pages;
    }

    /** An article naming an entity, with the id of its latest mention of it (its position in the listing). */
    public record ArticleRef(String articleId, long lastMention) {
    }

    /** How each article first writes each entity: (articleId, entityId) → the text of its first mention. */
    public Map<String, String> firstSpellings(Collection<String> articleIds, Collection<Long> entityIds) {
        Map<String, String> spellings = new HashMap<>();
        if (articleIds.isEmpty() || entityIds.isEmpty()) {
            return spellings;
        }
        getEntityManager().createQuery("""
                        select m.articleId, m.entityId, m.text from Mention m
                        where m.articleId in :articles and m.entityId in :entities order by m.start desc""", Object[].class)
                .setParameter("articles", articleIds).setParameter("entities", entityIds)
                .getResultList()
                .forEach(row -> spellings.put(spellingKey((String) row[0], (Long) row[1]), (String) row[2]));
        return spellings;
    }

    public static String spellingKey(String articleId, Long entityId) {
        return articleId + "/" + entityId;
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
