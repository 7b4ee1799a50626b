package org.marsad.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.marsad.article.domain.Article;
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
     * and the rank uses the configuration of the article's own language.
     */
    private static final String SEARCH = """
            SELECT a.id, count(*) OVER () AS total
            FROM article a
            WHERE (a.search_vector @@ websearch_to_tsquery('arabic', :q)
                OR a.search_vector @@ websearch_to_tsquery('french', :q)
                OR a.search_vector @@ websearch_to_tsquery('english', :q)
                OR a.search_vector @@ websearch_to_tsquery('simple', :q))
              %s
            ORDER BY ts_rank_cd(a.search_vector, CASE a.language
                         WHEN 'ar' THEN websearch_to_tsquery('arabic', :q)
                         WHEN 'fr' THEN websearch_to_tsquery('french', :q)
                         WHEN 'en' THEN websearch_to_tsquery('english', :q)
                         ELSE websearch_to_tsquery('simple', :q) END) DESC,
                     a.published_on DESC NULLS LAST, a.id DESC
            LIMIT :limit OFFSET :offset
            """;

    public Optional<Article> findByBodyHash(String bodyHash) {
        return find("bodyHash", bodyHash).firstResultOptional();
    }

    public List<Article> listByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Filtered page, newest first; the total comes with it so one call answers a connection. */
    public PageOf<Article> page(ArticleFilter filter, int offset, int limit) {
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
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by publishedOn desc nulls last, id desc";
        var found = find(query, params);
        long total = found.count();
        List<Article> items = found.range(offset, offset + limit - 1).list();
        return new PageOf<>(items, total);
    }

    /** Page of articles matching a folded full-text query, best first; same filters as {@link #page}. */
    public PageOf<Article> search(String foldedQuery, ArticleFilter filter, int offset, int limit) {
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
        Query query = getEntityManager().createNativeQuery(SEARCH.formatted(where))
                .setParameter("q", foldedQuery).setParameter("limit", limit).setParameter("offset", offset);
        if (filter.outlet() != null) {
            query.setParameter("outlet", filter.outlet().toLowerCase());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        long total = rows.isEmpty() ? countSearch(foldedQuery, filter, offset) : ((Number) rows.get(0)[1]).longValue();
        Map<Long, Article> byId = listByIds(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return new PageOf<>(ids.stream().map(byId::get).toList(), total);
    }

    /** Past the last page the window count is gone; the total then needs its own query (rare: a client paging too far). */
    private long countSearch(String foldedQuery, ArticleFilter filter, int offset) {
        return offset == 0 ? 0 : search(foldedQuery, filter, 0, 1).total();
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

    /** The filters of an article listing; null means "any". */
    public record ArticleFilter(String outlet, LocalDate from, LocalDate to) {
    }

    /** Projection for id-only reads. */
    public record IdOnly(Long id) {
    }
}
