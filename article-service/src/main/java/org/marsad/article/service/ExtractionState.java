package org.marsad.article.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.marsad.article.domain.OutboxMessage;

import java.time.Instant;

/** An article's extraction, read from its outbox message. */
@Description("An article's extraction: whether entity-service has read it, with which engine, and what went wrong")
public record ExtractionState(@NonNull ExtractionStatus status,
                              @Description("The engine version entity-service extracted it with (DONE only)") String engineVersion,
                              @Description("Deliveries that reached entity-service, the successful one included") int attempts,
                              @Description("The last failure or refusal, as entity-service or the network gave it") String lastError,
                              @Description("When entity-service acknowledged it (DONE only)") Instant extractedAt) {

    /** An article stored with its message in one transaction always has one; without, nothing was sent yet. */
    static final ExtractionState NOT_SENT = new ExtractionState(ExtractionStatus.PENDING, null, 0, null, null);

    public static ExtractionState of(OutboxMessage m) {
        if (m == null) {
            return NOT_SENT;
        }
        ExtractionStatus status = m.deliveredAt != null ? ExtractionStatus.DONE
                : m.failedAt != null ? ExtractionStatus.FAILED : ExtractionStatus.PENDING;
        return new ExtractionState(status, m.engineVersion, m.attempts, m.lastError, m.deliveredAt);
    }
}
