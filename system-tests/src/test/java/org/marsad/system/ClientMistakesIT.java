package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client's mistake is never an outage: arguments the services refuse come back as BAD_REQUEST with the service's
 * own message, are not retried and do not count in the circuit breaker, so a good request right after fifty bad ones
 * is answered at once (before, two such requests opened the breaker for every user for about five seconds).
 */
@ExtendWith(SharedSystem.class)
class ClientMistakesIT {

    private static final String EVENTS = "org.marsad.gateway.client.EntityService.events";
    private static final String ARTICLES = "org.marsad.gateway.client.ArticleService.articles";

    @Test
    void fiftyBadRequestsThenAGoodOneAnsweredAtOnce() throws Exception {
        RunningSystem system = SharedSystem.get();
        String before = system.gatewayMetrics();
        for (int i = 0; i < 50; i++) {
            JsonNode answer = switch (i % 3) {
                case 0 -> system.graphql("{ events(from: \"June 2024\", first: 1) { totalCount } }", Map.of(), null);
                case 1 -> system.graphql("{ events(after: \"garbage\") { totalCount } }", Map.of(), null);
                default -> system.graphql("{ articles(to: \"last week\") { totalCount } }", Map.of(), null);
            };
            JsonNode error = answer.path("errors").path(0);
            assertEquals("BAD_REQUEST", error.path("extensions").path("code").asText(), answer::toString);
            String expected = switch (i % 3) {
                case 0 -> "from must be an ISO date (2024, 2024-06 or 2024-06-26)";
                case 1 -> "after is not a cursor this API returned: garbage";
                default -> "to must be an ISO date (2024, 2024-06 or 2024-06-26)";
            };
            assertEquals(expected, error.path("message").asText(), "the service's own message");
        }
        long start = System.nanoTime();
        JsonNode good = system.graphql("{ events(first: 1) { totalCount } articles(first: 1) { totalCount } }", Map.of(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(good.has("errors"), good::toString);
        assertTrue(good.path("data").path("events").path("totalCount").asInt() > 0, good::toString);
        assertTrue(millis < 2_000, "answered in " + millis + " ms");

        String after = system.gatewayMetrics();
        for (String method : new String[] {EVENTS, ARTICLES}) {
            assertEquals(counter(before, "ft_retry_retries_total", method), counter(after, "ft_retry_retries_total", method),
                    "retries of " + method);
            assertEquals(counter(before, "ft_circuitbreaker_calls_total", "circuitBreakerResult=\"failure\",method=\"" + method),
                    counter(after, "ft_circuitbreaker_calls_total", "circuitBreakerResult=\"failure\",method=\"" + method),
                    "circuit-breaker failures of " + method);
            assertEquals(0.0, counter(after, "ft_circuitbreaker_calls_total", "circuitBreakerResult=\"circuitBreakerOpen\",method=\"" + method),
                    "calls refused by an open breaker on " + method);
        }
    }

    /** A counter's value from Prometheus text (0 when the series does not exist yet). */
    private static double counter(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*} ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
