package org.marsad.article.service;

import org.marsad.article.domain.Article;
import org.marsad.article.repository.NearDuplicateRepository.Link;

import java.util.List;

/** The stored article, whether it was already there (same cleaned body), and the near-duplicates found for a new one. */
public record IngestOutcome(Article article, boolean duplicate, List<Link> nearDuplicates) {

    static IngestOutcome duplicateOf(Article existing) {
        return new IngestOutcome(existing, true, List.of());
    }
}
