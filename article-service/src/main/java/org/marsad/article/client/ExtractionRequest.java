package org.marsad.article.client;

/** Asks entity-service to extract an article's cleaned body; idempotent per (article, extractor version) there. */
public record ExtractionRequest(String articleId, String text, String publishedAt, String language) {
}
