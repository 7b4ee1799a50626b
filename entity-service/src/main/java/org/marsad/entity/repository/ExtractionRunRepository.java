package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.ExtractionRun;

import java.util.Optional;

/** Which article was extracted by which engine version. */
@ApplicationScoped
public class ExtractionRunRepository implements PanacheRepository<ExtractionRun> {

    public Optional<ExtractionRun> find(String articleId, String version) {
        return find("articleId = ?1 and extractorVersion = ?2", articleId, version).firstResultOptional();
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
