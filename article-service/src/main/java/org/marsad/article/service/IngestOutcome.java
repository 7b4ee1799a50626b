package org.marsad.article.service;

import org.marsad.article.domain.Article;

/** The stored article, and whether it was already there (same cleaned body). */
public record IngestOutcome(Article article, boolean duplicate) {
}
