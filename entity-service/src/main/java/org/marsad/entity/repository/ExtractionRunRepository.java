package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.ExtractionRun;

import java.util.List;
import java.util.Optional;

/** Which article was extracted by which engine version. */
@ApplicationScoped
public class ExtractionRunRepository implements PanacheRepository<ExtractionRun> {

    public Optional<ExtractionRun> find(String articleId, String version) {
        return find("articleId = ?1 and extractorVersion = ?2", articleId, version).firstResultOptional();
    }

    /**
     * Articles last extracted by an engine version other than {@code version}, oldest first. An article has one
     * run: extraction replaces the older version's run with its own.
     */
    public List<String> staleArticleIds(String version, int limit) {
        return find("extractorVersion <> ?1 order by processedAt, articleId", (Object) version).page(0, limit)
                .stream().map(r -> r.articleId).toList();
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
