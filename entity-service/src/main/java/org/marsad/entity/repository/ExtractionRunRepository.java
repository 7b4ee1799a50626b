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

    /** Articles extracted only by engine versions other than {@code version}, oldest runs first. */
    public List<String> staleArticleIds(String version, int limit) {
        return getEntityManager().createQuery("""
                        select r.articleId from ExtractionRun r group by r.articleId
                        having sum(case when r.extractorVersion = :version then 1 else 0 end) = 0
                        order by min(r.processedAt), r.articleId""", String.class)
                .setParameter("version", version).setMaxResults(limit).getResultList();
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
