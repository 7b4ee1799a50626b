package org.marsad.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** The article subgraph's shapes, as the typesafe client reads them. */
// Read from Response bodies or nested in generic lists, where the native build cannot see them: registered by hand.
@RegisterForReflection(ignoreNested = false)
public final class ArticleServiceData {

    private ArticleServiceData() {
    }

    public record ArticleData(String id, String url, String title, String outlet, String author, String publishedAt,
                              String language, String body, List<NearDuplicateData> nearDuplicates, ExtractionData extraction) {
    }

    /** status is PENDING, DONE or FAILED; extractedAt an ISO 8601 instant. */
    public record ExtractionData(String status, String engineVersion, int attempts, String lastError, String extractedAt) {
    }

    public record NearDuplicateData(String id, double similarity) {
    }

    public record ArticleEdgeData(String cursor, ArticleData node, String snippet) {
    }

    public record ArticlePageData(long totalCount, List<ArticleEdgeData> edges, boolean hasNextPage, String endCursor) {
    }

    /** article-service's REST answer to POST /articles. */
    public record IngestData(String id, boolean duplicate, boolean undated) {
    }

    /** article-service's REST error body. */
    public record ErrorData(int status, String code, String message) {
    }
}
