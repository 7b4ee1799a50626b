package org.marsad.article.service;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What one delivery to entity-service came to, and so what the outbox does with the message:
 * <ul>
 *   <li>{@code DELIVERED}: acknowledged;</li>
 *   <li>{@code REFUSED}: a 4xx about the article itself (malformed, too large): failed for good, not retried;</li>
 *   <li>{@code FAILED}: this article's delivery went wrong (a 5xx, a timeout, an unexpected error; or a 401/403,
 *       which is configuration an operator will fix): an attempt, retried with growing backoff;</li>
 *   <li>{@code UNAVAILABLE}: entity-service was not reached (connection refused, or the circuit breaker is
 *       open): not the article's fault, so not an attempt, and retried soon without growing backoff.</li>
 * </ul>
 */
public record DeliveryOutcome(Kind kind, String error, String engineVersion) {

    public enum Kind { DELIVERED, REFUSED, FAILED, UNAVAILABLE }

    DeliveryOutcome(Kind kind, String error) {
        this(kind, error, null);
    }

    /** Acknowledged by entity-service, which extracted the article with this engine version. */
    static DeliveryOutcome delivered(String engineVersion) {
        return new DeliveryOutcome(Kind.DELIVERED, null, engineVersion);
    }

    static DeliveryOutcome of(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return new DeliveryOutcome(Kind.UNAVAILABLE, "entity-service unavailable (circuit breaker open)");
        }
        if (failure instanceof ProcessingException) {
            return new DeliveryOutcome(Kind.UNAVAILABLE, "entity-service unreachable: " + describe(failure));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String error = "HTTP " + status + " from entity-service: " + body(web);
            boolean articleAtFault = status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
            return new DeliveryOutcome(articleAtFault ? Kind.REFUSED : Kind.FAILED, error);
        }
        return new DeliveryOutcome(Kind.FAILED, describe(failure));
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** The error entity-service sent (its JSON error message), shortened. */
    private static String body(WebApplicationException web) {
        String text;
        try {
            text = web.getResponse().readEntity(String.class); // an answer read by the REST client
        } catch (RuntimeException notReadable) {
            text = web.getResponse().getEntity() instanceof String s ? s : web.getMessage();
        }
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
