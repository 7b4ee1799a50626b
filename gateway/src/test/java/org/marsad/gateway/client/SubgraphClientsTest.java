package org.marsad.gateway.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.gateway.client.SubgraphStubs.Stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's clients against stubbed subgraphs (WireMock, canned answers): what they ask for, how many calls a
 * query costs, and what a client of the gateway sees when a subgraph answers in part or with an error. The real
 * services behind the gateway are tested end to end in system-tests.
 */
@QuarkusTest
@WithTestResource(SubgraphStubs.class)
class SubgraphClientsTest {

    private static final String ENTITY = "/entity/graphql";
    private static final String ARTICLE = "/article/graphql";
    private static final int EVENTS = 50;
    private static final int ARTICLES = 30;
    private static final String FLAGSHIP = """
            { events(involving: "DGSN", first: 50) { totalCount edges { node { type date
                participants { role entity { name roles { title organization { name } } } }
                organizations { name acronym } sources { article { title } evidence { text } } } } } }""";

    @Stubs
    WireMockServer stubs;

    @BeforeEach
    void reset() {
        stubs.resetAll();
    }

    @Test
    void fiftyEventsWithParticipantsOrganizationsAndArticlesCostOneCallPerServicePerLevel() {
        stubEntity("events(", "{\"events\": " + eventPage() + "}");
        stubEntity("rolesByEntities(", "{\"rolesByEntities\": [" + IntStream.range(0, EVENTS)
                .mapToObj(i -> "{\"entityId\": \"p" + i + "\", \"roles\": [{\"title\": \"director\", \"organization\": "
                        + "{\"id\": \"o1\", \"name\": \"DGSN (General Directorate of National Security, Morocco)\", \"aliases\": []}}]}")
                .collect(Collectors.joining(", ")) + "]}");
        stubArticle("articlesByIds(", "{\"articlesByIds\": [" + IntStream.range(0, ARTICLES)
                .mapToObj(i -> "{\"id\": \"a" + i + "\", \"title\": \"Title " + i + "\"}").collect(Collectors.joining(", ")) + "]}");

        JsonPath answer = query(FLAGSHIP);

        assertNull(answer.get("errors"), answer.prettify());
        assertEquals(EVENTS, answer.getInt("data.events.totalCount"));
        assertEquals(EVENTS, answer.getList("data.events.edges").size());
        List<String> titles = answer.getList("data.events.edges.node.sources.article.title").stream()
                .flatMap(t -> ((List<?>) t).stream()).map(String::valueOf).toList();
        assertEquals(EVENTS * 2, titles.size());
        assertTrue(titles.stream().allMatch(t -> t.startsWith("Title ")), titles.toString());
        assertEquals("DGSN", answer.getString("data.events.edges[7].node.organizations[0].name"));
        assertEquals("director", answer.getString("data.events.edges[7].node.participants[0].entity.roles[0].title"));
        assertEquals("DGSN", answer.getString("data.events.edges[7].node.participants[0].entity.roles[0].organization.name"));

        // Level 1: the events; level 2: their sources' articles and their participants' roles. One call each.
        assertEquals(2, stubs.countRequestsMatching(postRequestedFor(urlEqualTo(ENTITY)).build()).getCount());
        assertEquals(1, stubs.countRequestsMatching(postRequestedFor(urlEqualTo(ARTICLE)).build()).getCount());

        // Only what the answer needs: no readings, disagreements, corrections or bodies; the articles' ids, not the articles.
        String events = body(ENTITY, "events(");
        for (String unasked : new String[] {"reading", "disagreements", "corrections", "confidence", "wikidataId", "mentionCount", "topics"}) {
            assertFalse(events.contains(unasked), unasked + " was not asked: " + events);
        }
        assertTrue(events.contains("articleId") && events.contains("aliases"), events);
        String articles = body(ARTICLE, "articlesByIds(");
        assertTrue(articles.contains("title"), articles);
        for (String unasked : new String[] {"body", "nearDuplicates", "extraction", "outlet"}) {
            assertFalse(articles.contains(unasked), unasked + " was not asked: " + articles);
        }
        List<String> asked = JsonPath.from(articles).getList("variables.ids");
        assertEquals(ARTICLES, asked.size(), "each article once: " + asked);
    }

    @Test
    void aPartialAnswerKeepsWhatCameAndNullsOnlyTheMissingItem() {
        stubEntity("events(", "{\"events\": " + eventPage() + "}");
        // article-service could not read one article: null in its place, an error beside.
        stubArticle("articlesByIds(", "{\"articlesByIds\": [" + IntStream.range(0, ARTICLES)
                .mapToObj(i -> i == 3 ? "null" : "{\"id\": \"a" + i + "\", \"title\": \"Title " + i + "\"}")
                .collect(Collectors.joining(", ")) + "]}",
                "[{\"message\": \"could not read a3\", \"path\": [\"articlesByIds\", 3], \"extensions\": {\"code\": \"INTERNAL\"}}]");

        JsonPath answer = query("{ events(first: 50) { edges { node { type sources { article { id title } } } } } }");

        assertEquals(EVENTS, answer.getList("data.events.edges").size(), answer.prettify());
        int missing = 0;
        for (int i = 0; i < EVENTS; i++) {
            for (int s = 0; s < 2; s++) {
                String path = "data.events.edges[" + i + "].node.sources[" + s + "].article";
                if (answer.get(path) == null) {
                    missing++;
                } else {
                    assertTrue(answer.getString(path + ".title").startsWith("Title "), path);
                }
            }
            assertEquals("MEETING", answer.getString("data.events.edges[" + i + "].node.type"), "the parent stays");
        }
        long sourcesOfA3 = IntStream.range(0, EVENTS).flatMap(i -> IntStream.of(article(i, 0), article(i, 1))).filter(a -> a == 3).count();
        assertEquals(sourcesOfA3, missing);
    }

    @Test
    void errorsAreMappedOnTheirCodeNotOnTheExceptionsName() {
        stubEntity("events(", "{\"events\": null}", """
                [{"message": "after is not a cursor this API returned: x", "extensions": {"code": "INVALID_CURSOR",
                  "exception": "some.other.Name"}}]""");
        JsonPath refused = query("{ events(after: \"x\") { totalCount } }");
        assertEquals("BAD_REQUEST", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertEquals("after is not a cursor this API returned: x", refused.getString("errors[0].message"));

        // The name of the class that once meant "client mistake", with a server-fault code: a failure, not the caller's mistake.
        stubEntity("events(", "{\"events\": null}", """
                [{"message": "boom", "extensions": {"code": "INTERNAL", "exception": "org.marsad.commons.rest.ApiException"}}]""");
        JsonPath failed = query("{ events { totalCount } }");
        assertEquals("UPSTREAM_UNAVAILABLE", failed.getString("errors[0].extensions.code"), failed.prettify());
    }

    @Test
    void theTypesafeClientReadsAnswersAndErrors() {
        stubEntity("extract(", """
                {"extract": {"entities": [{"name": "Rabat", "type": "LOCATION", "mentions": [{"start": 0, "end": 5, "text": "RABAT"}]}],
                 "events": []}}""");
        JsonPath answer = query("{ extract(text: \"RABAT, 3 mars 2025\") { entities { name type mentions { start end } } events { type } } }");
        assertNull(answer.get("errors"), answer.prettify());
        assertEquals("Rabat", answer.getString("data.extract.entities[0].name"));
        assertEquals(5, answer.getInt("data.extract.entities[0].mentions[0].end"));

        stubEntity("extract(", "{\"extract\": null}", """
                [{"message": "publishedAt is not a date: yesterday", "extensions": {"code": "INVALID_DATE"}}]""");
        JsonPath refused = query("{ extract(text: \"x\", publishedAt: \"yesterday\") { events { type } } }");
        assertEquals("BAD_REQUEST", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertEquals("publishedAt is not a date: yesterday", refused.getString("errors[0].message"));
    }

    /** Fifty events, each with two people, DGSN, and two sources among thirty articles. */
    private static String eventPage() {
        String edges = IntStream.range(0, EVENTS).mapToObj(i -> """
                {"cursor": "c%1$d", "node": {"id": "e%1$d", "type": "MEETING", "date": "2024-06-%2$02d",
                 "participants": [{"role": "host", "entity": {"id": "p%1$d", "name": "Person %1$d", "aliases": []}},
                                  {"role": null, "entity": {"id": "p%3$d", "name": "Person %3$d", "aliases": []}}],
                 "organizations": [{"id": "o1", "name": "DGSN (General Directorate of National Security, Morocco)", "aliases": ["DGSN"]}],
                 "sources": [{"articleId": "a%4$d", "evidence": {"text": "sentence %1$d"}},
                             {"articleId": "a%5$d", "evidence": {"text": "another %1$d"}}]}}"""
                .formatted(i, 1 + i % 28, (i + 1) % EVENTS, article(i, 0), article(i, 1))).collect(Collectors.joining(", "));
        return "{\"totalCount\": " + EVENTS + ", \"hasNextPage\": false, \"endCursor\": \"c49\", \"edges\": [" + edges + "]}";
    }

    private static int article(int event, int source) {
        return (event * 2 + source) % ARTICLES;
    }

    private void stubEntity(String field, String data) {
        stubEntity(field, data, null);
    }

    private void stubEntity(String field, String data, String errors) {
        stubs.stubFor(post(urlEqualTo(ENTITY)).withRequestBody(containing(field)).willReturn(okJson(answer(data, errors))));
    }

    private void stubArticle(String field, String data) {
        stubArticle(field, data, null);
    }

    private void stubArticle(String field, String data, String errors) {
        stubs.stubFor(post(urlEqualTo(ARTICLE)).withRequestBody(containing(field)).willReturn(okJson(answer(data, errors))));
    }

    private static String answer(String data, String errors) {
        return "{\"data\": " + data + (errors == null ? "" : ", \"errors\": " + errors) + "}";
    }

    private String body(String url, String field) {
        List<String> bodies = new ArrayList<>();
        for (LoggedRequest request : stubs.findAll(postRequestedFor(urlEqualTo(url)))) {
            if (request.getBodyAsString().contains(field)) {
                bodies.add(request.getBodyAsString());
            }
        }
        assertEquals(1, bodies.size(), field + " asked once: " + bodies);
        return bodies.get(0);
    }

    private static JsonPath query(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
