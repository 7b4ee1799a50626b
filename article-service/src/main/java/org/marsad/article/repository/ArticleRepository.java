package org.marsad.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.marsad.article.domain.Article;
import org.marsad.article.service.ExtractionStatus;
import org.marsad.commons.paging.PageOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes articles, and their full-text search vectors. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Matches a folded query against each language's configuration: an index scan per configuration,
     * and the rank uses the configuration of the article's own language. The total is counted before the
     * keyset condition (%2$s) keeps what comes after the cursor.
     */
    private static final String SEARCH = """
            SELECT id, rank, published_on, total FROM (
                SELECT a.id, a.published_on, count(*) OVER () AS total,
                       ts_rank_cd(a.search_vector, CASE a.language
                           WHEN 'ar' THEN websearch_to_tsquery('arabic', :q)
                           WHEN 'fr' THEN websearch_to_tsquery('french', :q)
                           WHEN 'en' THEN websearch_to_tsquery('english', :q)
                           ELSE websearch_to_tsquery('simple', :q) END) AS rank
                FROM article a
                WHERE (a.search_vector @@ websearch_to_tsquery('arabic', :q)
                    OR a.search_vector @@ websearch_to_tsquery('french', :q)
                    OR a.search_vector @@ websearch_to_tsquery('english', :q)
                    OR a.search_vector @@ websearch_to_tsquery('simple', :q))
                  %1$s
            ) s
            %2$s
            ORDER BY rank DESC, published_on DESC NULLS LAST, id DESC
            LIMIT :limit
            """;

    public Optional<Article> findByBodyHash(String bodyHash) {
        return find("bodyHash", bodyHash).firstResultOptional();
    }

    public List<Article> listByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Filtered page, newest first (undated last), after {@code after} (null: from the start), with the total. */
    public PageOf<Article> page(ArticleFilter filter, ArticlePosition after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.outlet() != null) {
            where.add("lower(outlet) = :outlet");
            params.and("outlet", filter.outlet().toLowerCase());
        }
        if (filter.from() != null) {
            where.add("publishedOn >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("publishedOn <= :to");
            params.and("to", filter.to());
        }
        if (filter.extraction() != null) {
            where.add("id in (select m.articleId from OutboxMessage m where " + extractionCondition(filter.extraction(), "m.deliveredAt", "m.failedAt") + ")");
        }
        long total = find(String.join(" and ", where), params).count();
        if (after != null) {
            where.add(afterPosition(after, "publishedOn", "id"));
            bindPosition(after, params::and);
        }
        List<Article> rows = find(String.join(" and ", where) + (where.isEmpty() ? "" : " ")
                + "order by publishedOn desc nulls last, id desc", params).range(0, limit).list();
        return PageOf.of(rows, limit, total);
    }

    /**
     * Page of articles matching a folded full-text query, best first (then newest, then by id), after
     * {@code after}; same filters as {@link #page}. Each row: the article and its rank, the cursor's first value.
     */
    public PageOf<Ranked> search(String foldedQuery, ArticleFilter filter, ArticlePosition after, int limit) {
        StringBuilder where = new StringBuilder();
        if (filter.outlet() != null) {
            where.append(" AND lower(a.outlet) = :outlet");
        }
        if (filter.from() != null) {
            where.append(" AND a.published_on >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND a.published_on <= :to");
        }
        if (filter.extraction() != null) {
            where.append(" AND a.id IN (SELECT m.article_id FROM outbox_message m WHERE ")
                    .append(extractionCondition(filter.extraction(), "m.delivered_at", "m.failed_at")).append(")");
        }
        String keyset = after == null ? ""
                : "WHERE (rank < :afterRank OR (rank = :afterRank AND " + afterPosition(after, "published_on", "id") + "))";
        Query query = getEntityManager().createNativeQuery(SEARCH.formatted(where, keyset))
                .setParameter("q", foldedQuery).setParameter("limit", limit + 1);
        if (filter.outlet() != null) {
            query.setParameter("outlet", filter.outlet().toLowerCase());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (after != null) {
            query.setParameter("afterRank", after.rank());
            bindPosition(after, query::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        long total = !rows.isEmpty() ? ((Number) rows.get(0)[3]).longValue() : after == null ? 0 : search(foldedQuery, filter, null, 0).total();
        Map<Long, Article> byId = listByIds(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Ranked> ranked = rows.stream().map(r -> new Ranked(byId.get(((Number) r[0]).longValue()), ((Number) r[1]).floatValue())).toList();
        return PageOf.of(ranked, limit, total);
    }

    /** The outbox messages in this extraction state (the same condition in HQL and SQL, by column names). */
    private static String extractionCondition(ExtractionStatus status, String deliveredAt, String failedAt) {
        return switch (status) {
            case DONE -> deliveredAt + " is not null";
            case FAILED -> failedAt + " is not null";
            case PENDING -> deliveredAt + " is null and " + failedAt + " is null";
        };
    }

    /** Strictly after a position in "date desc nulls last, id desc" (the date column may be null: undated last). */
    private static String afterPosition(ArticlePosition after, String date, String id) {
        return after.publishedOn() == null ? "(" + date + " is null and " + id + " < :afterId)"
                : "(" + date + " < :afterDate or (" + date + " = :afterDate and " + id + " < :afterId) or " + date + " is null)";
    }

    private static void bindPosition(ArticlePosition after, java.util.function.BiConsumer<String, Object> bind) {
        bind.accept("afterId", after.id());
        if (after.publishedOn() != null) {
            bind.accept("afterDate", after.publishedOn());
        }
    }

    /** Stores the search vector built from folded title and body with the language's text-search configuration. */
    public void updateSearchVector(long id, String config, String foldedTitle, String foldedBody, int version) {
        getEntityManager().createNativeQuery("""
                        UPDATE article SET search_vector =
                            setweight(to_tsvector(CAST(:config AS regconfig), :title), 'A')
                            || setweight(to_tsvector(CAST(:config AS regconfig), :body), 'B'),
                            search_version = :version
                        WHERE id = :id""")
                .setParameter("config", config).setParameter("title", foldedTitle).setParameter("body", foldedBody)
                .setParameter("version", version).setParameter("id", id)
                .executeUpdate();
    }

    /** Ids of articles whose search vector was built by an older folding, or whose signature is missing. */
    public List<Long> idsToReindex(int searchVersion, int limit) {
        return find("searchVersion < ?1 or minhash is null order by id", searchVersion).page(0, limit)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** Where an article stands in a listing's order, the cursor's content; {@code rank} only in searches. */
    public record ArticlePosition(Float rank, LocalDate publishedOn, long id) {
    }

    /** A search hit with its rank. */
    public record Ranked(Article article, float rank) {
    }

    /** The filters of an article listing; null means "any". */
    public record ArticleFilter(String outlet, LocalDate from, LocalDate to, ExtractionStatus extraction) {
    }

    /** Projection for id-only reads. */
    public record IdOnly(Long id) {
    }
}
