package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.marsad.system.IngestUnderLoadIT.waitUntil;

/**
 * Black-box: a client's W3C trace context reaches every service a request touches. The shared system runs with
 * MARSAD_TRACING_EXPORTER=log, so each service writes its finished spans (name, trace id, span id, kind) to its own
 * log; the test sends a {@code traceparent} of its own and looks for that trace id in the three logs.
 */
@ExtendWith(SharedSystem.class)
class TracingIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration EXPORT = Duration.ofSeconds(60); // spans are written in batches, every few seconds

    @Test
    void anIngestAndItsExtractionAreOneTraceAcrossTheThreeServices() throws Exception {
        RunningSystem system = SharedSystem.get();
        String trace = hex(16);
        JsonNode ingested = system.graphql("mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                Map.of("t", "RABAT, 4 March 2025 - The director general of the DGSN met in Rabat the head of the Portuguese police.\n\n"
                        + "Synthetic article for the tracing test. Reference " + UUID.randomUUID() + "."),
                system.token(), Map.of("traceparent", "00-" + trace + "-" + hex(8) + "-01"));
        String id = ingested.path("data").path("ingestArticle").path("article").path("id").asText();
        assertFalse(id.isBlank(), ingested.toString());

        // The gateway's request, article-service storing the article, the outbox delivering it later, entity-service extracting it.
        waitForSpan(system, "gateway", trace, "SERVER");
        waitForSpan(system, "article-service", trace, "'POST /articles'");
        waitForSpan(system, "article-service", trace, "'outbox deliver'");
        waitForSpan(system, "entity-service", trace, "'POST /extractions'");
        JsonNode state = system.graphql("query($id: ID!) { article(id: $id) { extraction { status } } }", Map.of("id", id), null);
        assertEquals("DONE", state.at("/data/article/extraction/status").asText(), state.toString());
    }

    @Test
    void aQueryIsOneTraceAcrossTheServicesItAsks() throws Exception {
        RunningSystem system = SharedSystem.get();
        String trace = hex(16);
        JsonNode answer = system.graphql("{ events(involving: \"DGSN\", first: 2) { edges { node { type sources { article { title } } } } } }",
                Map.of(), null, Map.of("traceparent", "00-" + trace + "-" + hex(8) + "-01"));
        assertFalse(answer.at("/data/events/edges").isEmpty(), answer.toString());

        waitForSpan(system, "gateway", trace, "SERVER");
        waitForSpan(system, "entity-service", trace, "SERVER");
        waitForSpan(system, "article-service", trace, "SERVER");
    }

    private static void waitForSpan(RunningSystem system, String service, String trace, String mark) throws Exception {
        waitUntil(() -> !spans(system, service, trace, mark).isEmpty(), EXPORT,
                service + " wrote no span " + mark + " of trace " + trace + "; its spans of that trace: " + spans(system, service, trace, ""));
    }

    /** The span lines (LoggingSpanExporter's: 'name' : traceId spanId KIND …) of one trace in a service's log. */
    private static List<String> spans(RunningSystem system, String service, String trace, String mark) throws Exception {
        return system.log(service).lines().filter(l -> l.contains("' : " + trace + " ") && l.contains(mark)).toList();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
