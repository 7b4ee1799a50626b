package org.marsad.article.rest;

/** Answer to a POST: the article's id and whether the same article was already stored. */
public record IngestResponse(String id, boolean duplicate) {
}
