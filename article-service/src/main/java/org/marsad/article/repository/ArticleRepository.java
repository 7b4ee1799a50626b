package org.marsad.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.commons.paging.PageOf;
import org.marsad.article.domain.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

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
        if (filter.search() != null) {
            where.add("(lower(title) like :q or lower(body) like :q)");
            params.and("q", "%" + filter.search().toLowerCase() + "%");
        }
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

    /** The filters of an article listing; null means "any". */
    public record ArticleFilter(String search, String outlet, LocalDate from, LocalDate to) {
    }
}
