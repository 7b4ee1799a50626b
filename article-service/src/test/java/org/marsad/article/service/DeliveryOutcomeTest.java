package org.marsad.article.service;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.marsad.article.domain.OutboxMessage;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the outbox does with a message after each kind of delivery outcome. */
class DeliveryOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aClientErrorAboutTheArticleIsARefusalForGood() {
        OutboxMessage m = message(0);
        OutboxDelivery.apply(m, DeliveryOutcome.of(http(400, "{\"code\":\"BAD_REQUEST\",\"message\":\"text is required\"}")), NOW);
        assertNotNull(m.failedAt);
        assertEquals(1, m.attempts);
        assertTrue(m.lastError.contains("400") && m.lastError.contains("text is required"), m.lastError);
        assertEquals(DeliveryOutcome.Kind.REFUSED, DeliveryOutcome.of(http(413, "too large")).kind());
    }

    @Test
    void aServerErrorOrATimeoutIsAnAttemptRetriedWithGrowingBackoff() {
        OutboxMessage m = message(3);
        OutboxDelivery.apply(m, DeliveryOutcome.of(http(500, "boom")), NOW);
        assertNull(m.failedAt);
        assertEquals(4, m.attempts);
        assertEquals(NOW.plus(Duration.ofSeconds(8)), m.nextAttemptAt);
        assertEquals(DeliveryOutcome.Kind.FAILED, DeliveryOutcome.of(new TimeoutException("30 s")).kind());
    }

    @Test
    void aWrongTokenIsConfigurationToFixNotAReasonToDropTheArticle() {
        assertEquals(DeliveryOutcome.Kind.FAILED, DeliveryOutcome.of(http(401, "")).kind());
        assertEquals(DeliveryOutcome.Kind.FAILED, DeliveryOutcome.of(http(403, "")).kind());
        assertEquals(DeliveryOutcome.Kind.FAILED, DeliveryOutcome.of(http(429, "")).kind());
    }

    @Test
    void anUnreachableServiceIsNoAttemptAndItsBackoffDoesNotGrow() {
        OutboxMessage m = message(5);
        for (Throwable down : new Throwable[]{new CircuitBreakerOpenException("open"),
                new ProcessingException(new ConnectException("Connection refused"))}) {
            OutboxDelivery.apply(m, DeliveryOutcome.of(down), NOW);
            assertEquals(DeliveryOutcome.Kind.UNAVAILABLE, DeliveryOutcome.of(down).kind());
            assertEquals(5, m.attempts);
            assertNull(m.failedAt);
            assertEquals(NOW.plusSeconds(1), m.nextAttemptAt);
        }
    }

    @Test
    void anAcknowledgementDeliversCountsTheAttemptKeepsTheEngineVersionAndClearsTheLastError() {
        OutboxMessage m = message(2);
        m.lastError = "HTTP 500";
        OutboxDelivery.apply(m, DeliveryOutcome.delivered("engine-7"), NOW);
        assertEquals(NOW, m.deliveredAt);
        assertNull(m.lastError);
        assertEquals(3, m.attempts);
        assertEquals("engine-7", m.engineVersion);
        assertEquals(ExtractionStatus.DONE, ExtractionState.of(m).status());
    }

    private static OutboxMessage message(int attempts) {
        OutboxMessage m = new OutboxMessage();
        m.articleId = 7L;
        m.attempts = attempts;
        m.nextAttemptAt = NOW;
        return m;
    }

    private static WebApplicationException http(int status, String body) {
        return new WebApplicationException(Response.status(status).entity(body).build());
    }
}
