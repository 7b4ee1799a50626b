package org.marsad.article.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.marsad.article.service.IngestOutcome;

import java.util.List;
import org.marsad.article.service.ArticleView;

/**
 * Answer to a POST: the article's id, whether the same article (same cleaned body) was already stored,
 * whether it is stored without any publication date (none given, none found on the page: its relative dates stay
 * unresolved), and, for a new article, the stored articles it nearly duplicates.
 */
// Sent inside a Response (201 with Location), which the native build does not look into.
@RegisterForReflection(targets = {IngestResponse.class, ArticleView.NearDuplicate.class})
public record IngestResponse(String id, boolean duplicate, boolean undated, List<ArticleView.NearDuplicate> nearDuplicates) {

    static IngestResponse of(IngestOutcome outcome) {
        return new IngestResponse(String.valueOf(outcome.article().id), outcome.duplicate(), outcome.article().publishedAt == null,
                outcome.nearDuplicates().stream().map(ArticleView.NearDuplicate::of).toList());
    }
}
