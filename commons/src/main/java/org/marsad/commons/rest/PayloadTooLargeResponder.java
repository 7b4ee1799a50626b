package org.marsad.commons.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose declared length is over {@code marsad.http.max-body-size} with a 413 in our
 * JSON error shape (at /graphql, the GraphQL error shape), before the body is read. Quarkus's own {@code quarkus.http.limits.max-body-size}
 * stays a little higher as the backstop for bodies sent without a length; its 413 has no body.
 */
@ApplicationScoped
public class PayloadTooLargeResponder {

    private static final String GRAPHQL = "/graphql";
    private final long limit;

    public PayloadTooLargeResponder(@ConfigProperty(name = "marsad.http.max-body-size", defaultValue = "20M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !isOver(length)) {
                context.next();
                return;
            }
            String message = "The request body has " + length + " bytes; this service takes at most " + limit + ".";
            // A GraphQL client reads errors[].extensions.code, a REST client the ApiError shape.
            Object body = GRAPHQL.equals(context.normalizedPath())
                    ? Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST"))))
                    : new ApiError(413, "PAYLOAD_TOO_LARGE", message);
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(Json.encode(body));
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
