package org.marsad.article.client;

/** entity-service's acknowledgement: the article is extracted with that extractor version. */
public record ExtractionAck(String articleId, String extractorVersion, int entities, int events) {
}
