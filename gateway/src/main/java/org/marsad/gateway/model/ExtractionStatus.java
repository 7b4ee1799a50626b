package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Where an article stands in extraction (article-service's outbox keeps it). */
@Description("Where an article stands in extraction")
public enum ExtractionStatus {
    @Description("Waiting for entity-service: not delivered yet, or retried with backoff after a transient failure")
    PENDING,
    @Description("Extracted: entity-service read it and stored what it found")
    DONE,
    @Description("Refused for good by entity-service (the article itself cannot be extracted); not retried, the reason in lastError")
    FAILED
}
