package org.marsad.gateway.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Abusive queries are refused before they run, quickly, with a code. The services behind the gateway are not running
 * here: a query that ran would answer UPSTREAM_UNAVAILABLE, so an answer with only the limit's error proves that
 * nothing was executed.
 */
@QuarkusTest
class QueryLimitsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    /** 14 levels: events › edges › node › participants › entity › events › … › id. */
    static final String DEEP = """
            { events(first: 1) { edges { node { participants { entity { events(first: 1) { edges { node {
              participants { entity { events(first: 1) { edges { node { id } } } } } } } } } } } } } }""";
    static final String ALIASES = IntStream.range(0, 300).mapToObj(i -> "a" + i + ": events(first: 100) { totalCount }")
            .collect(Collectors.joining(" ", "{ ", " }"));
    /** Few aliases and little depth, but 70 copies of the event's fields: 493 fields to resolve. */
    static final String COMPLEX = IntStream.range(0, 70).mapToObj(i -> "... on Event { id type status date datePrecision confidence topics }")
            .collect(Collectors.joining(" ", "{ events(first: 100) { edges { node { ", " } } } }"));
    static final String TOKENS = "{ events(first: 1) { " + "totalCount ".repeat(5_000) + "} }";

    @Test
    void aDeepQueryIsRefused() {
        assertRefusedQuickly(DEEP, "QUERY_TOO_DEEP", "maximum query depth exceeded 14 > 12");
    }

    @Test
    void manyAliasesAreRefused() {
        assertRefusedQuickly(ALIASES, "TOO_MANY_ALIASES", "The query has 300 aliased fields; at most 20 are allowed");
    }

    @Test
    void aliasesHiddenInAFragmentSpreadManyTimesAreCounted() {
        String fragment = IntStream.range(0, 5).mapToObj(i -> "t" + i + ": totalCount").collect(Collectors.joining(" "));
        String query = "{ events(first: 1) { ...F ...F ...F ...F ...F } } fragment F on EventConnection { " + fragment + " }";
        assertRefusedQuickly(query, "TOO_MANY_ALIASES", "The query has 25 aliased fields; at most 20 are allowed");
    }

    @Test
    void manyRootFieldsAreRefused() {
        String query = IntStream.range(0, 11).mapToObj(i -> "e" + i + ": event(id: \"" + i + "\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertRefusedQuickly(query, "TOO_MANY_ALIASES", "An operation has 11 root fields; at most 10 are allowed");
    }

    @Test
    void aComplexQueryIsRefused() {
        assertRefusedQuickly(COMPLEX, "QUERY_TOO_COMPLEX", "maximum query complexity exceeded 493 > 400");
    }

    @Test
    void tooManyTokensAreRefused() {
        JsonPath answer = assertRefusedQuickly(TOKENS, "BAD_REQUEST", null);
        assertTrue(answer.getString("errors[0].message").startsWith("The query is too long: More than 4,000"), answer.prettify());
    }

    @Test
    void firstIsCappedBeforeAnyServiceIsAsked() {
        for (String first : new String[] {"101", "-1", "100000"}) {
            JsonPath answer = post("{ events(first: " + first + ") { totalCount } }");
            assertEquals("BAD_REQUEST", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertEquals("first must be between 0 and 100, got " + first, answer.getString("errors[0].message"));
        }
    }

    @Test
    void introspectionIsNotHeldToTheDataLimits() throws Exception {
        String introspection;
        try (var in = QueryLimitsTest.class.getResourceAsStream("/graphiql-introspection.graphql")) {
            introspection = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JsonPath answer = post(introspection);
        assertNull(answer.get("errors"), answer.prettify());
        assertTrue(answer.getList("data.__schema.types").size() > 30);
    }

    private JsonPath assertRefusedQuickly(String query, String code, String message) {
        JsonPath answer = post(query);
        assertEquals(1, answer.getList("errors").size(), answer.prettify());
        assertEquals(code, answer.getString("errors[0].extensions.code"));
        if (message != null) {
            assertEquals(message, answer.getString("errors[0].message"));
        }
        assertFalse(answer.prettify().contains("UPSTREAM_UNAVAILABLE"), "nothing may run");
        assertNull(answer.get("data"));
        // Refused before any work: no upstream was asked (above). The time is printed as a figure; the bound only
        // catches a validation that blows up with the query's size (a refusal takes tens of ms on a quiet machine).
        assertTrue(medianMillis(query) < 1_000, "the median time to refuse must be well under a second");
        return answer;
    }

    /** The median of nine timed requests after three untimed ones (a plain HTTP client: RestAssured's own overhead is tens of ms). */
    private long medianMillis(String query) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build();
            long[] millis = new long[12];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, response.statusCode());
            }
            long[] timed = Arrays.copyOfRange(millis, 3, millis.length);
            Arrays.sort(timed);
            System.out.printf("refused in %s ms (median of the last 9: %d ms)%n", Arrays.toString(millis), timed[4]);
            return timed[4];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonPath post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }
}
