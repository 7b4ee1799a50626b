package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An article's extraction state, as article-service's outbox records it. */
@Description("Whether entity-service has read an article, with which engine version, and what went wrong")
public record ArticleExtraction(@NonNull @Description("PENDING, DONE or FAILED") ExtractionStatus status,
                                @Description("The engine version it was extracted with (DONE only)") String engineVersion,
                                @NonNull @Description("Deliveries to entity-service that reached it, the successful one included") Integer attempts,
                                @Description("The last failure (PENDING, while retried) or the refusal (FAILED)") String lastError,
                                @Description("When entity-service acknowledged it, ISO 8601 UTC (DONE only)") String extractedAt) {
}
