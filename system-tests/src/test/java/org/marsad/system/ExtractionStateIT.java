package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box, on a system of its own (entity-service's article size limit is lowered so that it refuses one article,
 * and services are stopped): every article says whether it was extracted, and a read answers all it can while a
 * service is down, with null and an error only where that service's data would be.
 */
class ExtractionStateIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST = """
            mutation($text: String!) { ingestArticle(input: {text: $text}) { article { id extraction { status attempts engineVersion } } } }""";
    private static RunningSystem system;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        // Small for entity-service (it refuses a larger article with 413), and the gateway; article-service keeps its own limit.
        system = RunningSystem.start(Map.of("MARSAD_MAX_ARTICLE_SIZE", "100K"));
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void articlesArePendingWhileEntityServiceIsDownThenDoneAndARefusalIsFailedForGood() throws Exception {
        awaitGatewayReads();
        system.stop("entity-service");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode answer = system.graphql(INGEST, Map.of("text", article("Rabat hosts a customs cooperation meeting " + i)), system.token());
            JsonNode extraction = answer.path("data").path("ingestArticle").path("article").path("extraction");
            assertEquals("PENDING", extraction.path("status").asText(), answer::toString);
            assertEquals(0, extraction.path("attempts").asInt(), answer::toString);
            assertTrue(extraction.path("engineVersion").isNull(), answer::toString);
            ids.add(answer.path("data").path("ingestArticle").path("article").path("id").asText());
        }

        // entity-service is down: the articles are still read, and only the fields entity-service serves are null.
        JsonNode read = system.graphql("""
                { articles(extraction: PENDING, first: 10) { totalCount edges { node { id title extraction { status } entities { name } events { type } } } } }""",
                Map.of(), null);
        assertEquals(3, read.path("data").path("articles").path("totalCount").asInt(), read::toString);
        for (JsonNode edge : read.path("data").path("articles").path("edges")) {
            assertFalse(edge.path("node").path("title").asText().isBlank(), read::toString);
            assertTrue(edge.path("node").path("entities").isNull(), read::toString);
            assertTrue(edge.path("node").path("events").isNull(), read::toString);
        }
        assertErrorsOnlyAt(read, List.of("entities", "events"), 6);
        String status = system.status();
        assertTrue(status.contains("extraction backlog: 3 pending"), status);

        system.start("entity-service");
        waitUntil(() -> count("PENDING") == 0, Duration.ofMinutes(3), "the backlog was not delivered");
        for (String id : ids) {
            JsonNode answer = system.graphql("query($id: ID!) { article(id: $id) { extraction { status engineVersion attempts lastError extractedAt } } }",
                    Map.of("id", id), null);
            JsonNode extraction = answer.path("data").path("article").path("extraction");
            assertEquals("DONE", extraction.path("status").asText(), answer::toString);
            assertFalse(extraction.path("engineVersion").asText().isBlank(), answer::toString);
            assertEquals(1, extraction.path("attempts").asInt(), "an unreachable entity-service costs no attempt: " + answer);
            assertTrue(extraction.path("lastError").isNull(), answer::toString);
            assertNotNull(Instant.parse(extraction.path("extractedAt").asText()));
        }

        // An article entity-service refuses (413: over its limit) is FAILED with the reason, and not retried.
        String big = postToArticleService(bigArticle());
        waitUntil(() -> count("FAILED") == 1, Duration.ofMinutes(1), "the refused article did not become FAILED");
        Thread.sleep(3000); // several outbox ticks
        JsonNode failed = system.graphql("{ articles(extraction: FAILED) { totalCount edges { node { id extraction { status attempts lastError extractedAt } } } } }",
                Map.of(), null);
        JsonNode node = failed.path("data").path("articles").path("edges").path(0).path("node");
        assertEquals(big, node.path("id").asText(), failed::toString);
        assertEquals(1, node.path("extraction").path("attempts").asInt(), "a refusal is not retried: " + failed);
        assertTrue(node.path("extraction").path("lastError").asText().contains("413"), failed::toString);
        assertTrue(node.path("extraction").path("extractedAt").isNull(), failed::toString);
        status = system.status();
        assertTrue(status.contains("1 refused for good") && status.contains("article " + big + " refused"), status);
    }

    @Test
    void withArticleServiceDownTheEventsAreAnsweredAndOnlyTheirArticlesAreMissing() throws Exception {
        awaitGatewayReads();
        system.stop("article-service");
        try {
            JsonNode read = system.graphql("""
                    { events(involving: "DGSN", first: 3) { totalCount edges { node { type sources { article { title } evidence { text } } } } } }""",
                    Map.of(), null);
            JsonNode events = read.path("data").path("events");
            assertTrue(events.path("totalCount").asInt() > 0, read::toString);
            int sources = 0;
            for (JsonNode edge : events.path("edges")) {
                for (JsonNode source : edge.path("node").path("sources")) {
                    assertTrue(source.path("article").isNull(), read::toString);
                    assertFalse(source.path("evidence").path("text").asText().isBlank(), read::toString);
                    sources++;
                }
            }
            assertTrue(sources > 0, read::toString);
            assertErrorsOnlyAt(read, List.of("article"), sources);

            JsonNode entity = system.graphql("""
                    { entities(search: "DGSN", first: 1) { edges { node { name events(first: 1) { totalCount } articles(first: 1) { totalCount } } } } }""",
                    Map.of(), null);
            JsonNode dgsn = entity.path("data").path("entities").path("edges").path(0).path("node");
            assertTrue(dgsn.path("events").path("totalCount").asInt() > 0, entity::toString);
            assertTrue(dgsn.path("articles").isNull(), entity::toString);
            assertErrorsOnlyAt(entity, List.of("articles"), 1);
        } finally {
            system.start("article-service");
            awaitGatewayReads();
        }
    }

    /** After a service came back, the gateway's circuit breaker lets calls through again within seconds. */
    private static void awaitGatewayReads() throws Exception {
        waitUntil(() -> !system.graphql("{ articles(first: 1) { totalCount } events(first: 1) { totalCount } }", Map.of(), null).has("errors"),
                Duration.ofSeconds(30), "the gateway did not read from the services again");
    }

    /** Every error is UPSTREAM_UNAVAILABLE at a path ending in one of {@code fields}, and there are {@code expected} of them. */
    private static void assertErrorsOnlyAt(JsonNode answer, List<String> fields, int expected) {
        JsonNode errors = answer.path("errors");
        assertEquals(expected, errors.size(), answer::toString);
        for (JsonNode error : errors) {
            assertEquals("UPSTREAM_UNAVAILABLE", error.path("extensions").path("code").asText(), answer::toString);
            JsonNode path = error.path("path");
            assertTrue(fields.contains(path.path(path.size() - 1).asText()), answer::toString);
        }
    }

    private long count(String state) throws Exception {
        JsonNode answer = system.graphql("query($s: ExtractionStatus) { articles(extraction: $s) { totalCount } }", Map.of("s", state), null);
        return answer.path("data").path("articles").path("totalCount").asLong(-1);
    }

    private String postToArticleService(String text) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create(system.articleService() + "/articles"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + system.token())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("id").asText();
    }

    /** A synthetic article (not real news), unique per call. */
    private static String article(String headline) {
        return headline + "\n\nRABAT, 3 March 2025 - The director general of the DGSN received on Monday in Rabat a delegation of the "
                + "Spanish national police to review cooperation against organized crime, according to a statement.\n\n"
                + "Both services agreed to exchange information and to hold a joint training course. Reference " + UUID.randomUUID() + ".\n";
    }

    /** About 150 KB of distinct synthetic paragraphs: within article-service's limit, over the 100 KB entity-service takes here. */
    private static String bigArticle() {
        StringBuilder text = new StringBuilder("A long synthetic report on customs cooperation\n\n");
        for (int i = 0; text.length() < 150_000; i++) {
            text.append("Paragraph ").append(i).append(": officials of the customs services met in Tangier on Tuesday to review case ")
                    .append(i).append(" of their joint work, according to a statement released after meeting number ").append(i).append(".\n\n");
        }
        return text.toString();
    }

    private static void waitUntil(Check check, Duration limit, String failure) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, failure);
            Thread.sleep(500);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }
}
