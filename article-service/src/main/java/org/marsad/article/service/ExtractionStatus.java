package org.marsad.article.service;

import org.eclipse.microprofile.graphql.Description;

/** Where an article stands in extraction, as its outbox message records it. */
@Description("Where an article stands in extraction")
public enum ExtractionStatus {
    @Description("Waiting for entity-service: not delivered yet, or retried with backoff after a transient failure")
    PENDING,
    @Description("Extracted: entity-service acknowledged it")
    DONE,
    @Description("Refused for good by entity-service (the article itself cannot be extracted); not retried, the reason in lastError")
    FAILED
}
