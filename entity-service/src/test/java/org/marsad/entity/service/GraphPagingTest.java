package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset cursors on the entity subgraph: an event extracted between two page requests neither repeats nor skips
 * events; entities filtered and sorted by how often they are mentioned (SYNTHETIC articles, not real news).
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class GraphPagingTest {

    private static final String TOKEN = "Bearer test-token";
    private static final String MEETING = """
            (نص تجريبي) استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس بطنجة، السيد يوهانس برغستروم، \
            مدير الشرطة الفنلندية، لبحث التعاون في مكافحة الجريمة المنظمة.""";
    /** A year of its own for each run, as the test database keeps what earlier runs stored. */
    private static final int YEAR = 1901 + new java.util.Random().nextInt(100) * 2;
    private static final String EVENTS = """
            query($after: String) { events(involving: "Hammouchi", from: "YEAR", to: "YEAR", first: 2, after: $after) {
              totalCount hasNextPage endCursor edges { node { id date } } } }""".replace("YEAR", String.valueOf(YEAR));

    @Test
    void eventsPagedWhileANewerOneIsExtractedNeitherRepeatNorSkip() {
        for (String day : new String[] {"-07-10", "-05-10", "-03-10", "-01-10"}) {
            extract("paging-" + day + "-" + UUID.randomUUID(), YEAR + day);
        }
        JsonPath all = graphql(EVENTS.replace("first: 2", "first: 100"), null);
        List<String> expected = all.getList("data.events.edges.node.id");
        assertEquals(4, expected.size(), all.prettify());

        JsonPath page = graphql(EVENTS, null);
        List<String> seen = new ArrayList<>(page.getList("data.events.edges.node.id"));
        extract("paging-newer-" + UUID.randomUUID(), YEAR + "-09-10"); // sorts first: an offset would now repeat an event
        while (page.getBoolean("data.events.hasNextPage")) {
            page = graphql(EVENTS, page.getString("data.events.endCursor"));
            seen.addAll(page.getList("data.events.edges.node.id"));
        }
        assertEquals(expected, seen);
        assertEquals(5, page.getInt("data.events.totalCount"));
    }

    @Test
    void entitiesFilterAndSortByMentions() {
        extract("paging-mentions-" + UUID.randomUUID(), (YEAR + 1) + "-11-10");
        String query = """
                query($after: String) { entities(minMentions: 1, orderBy: MENTIONS, first: 3, after: $after) {
                  totalCount hasNextPage endCursor edges { node { id mentionCount } } } }""";
        JsonPath first = graphql(query, null);
        JsonPath second = graphql(query, first.getString("data.entities.endCursor"));
        List<Integer> counts = new ArrayList<>(first.getList("data.entities.edges.node.mentionCount"));
        counts.addAll(second.getList("data.entities.edges.node.mentionCount"));
        for (int i = 0; i < counts.size(); i++) {
            assertTrue(counts.get(i) >= 1, "minMentions: " + counts);
            assertTrue(i == 0 || counts.get(i) <= counts.get(i - 1), "most mentioned first: " + counts);
        }
        List<String> ids = new ArrayList<>(first.getList("data.entities.edges.node.id"));
        ids.addAll(second.getList("data.entities.edges.node.id"));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no entity on both pages: " + ids);

        int everything = graphql("{ entities(first: 1) { totalCount } }", null).getInt("data.entities.totalCount");
        assertTrue(first.getInt("data.entities.totalCount") < everything, "knowledge-base entries never mentioned are left out");
        JsonPath refused = graphql("{ entities(minMentions: -1) { totalCount } }", null);
        assertEquals("minMentions must be 0 or more, got -1", refused.getString("errors[0].message"));
        assertEquals("BAD_REQUEST", refused.getString("errors[0].extensions.code"), "the gateway maps errors on their code");
        JsonPath badCursor = graphql("query($after: String) { events(after: $after) { totalCount } }", "not-a-cursor");
        assertEquals("INVALID_CURSOR", badCursor.getString("errors[0].extensions.code"), badCursor.prettify());
    }

    @Test
    void batchedPagesPerEntityAreEachEntitysOwnListing() {
        for (String day : new String[] {"-02-11", "-04-11", "-06-11"}) {
            extract("batch-" + day + "-" + UUID.randomUUID(), (YEAR + 1) + day);
        }
        JsonPath involved = graphql("""
                { events(involving: "Hammouchi", first: 1) { edges { node { participants { entity { id } } location { id } } } } }""", null);
        List<String> ids = new ArrayList<>(new HashSet<>(involved.<String>getList("data.events.edges[0].node.participants.entity.id")));
        ids.add(involved.getString("data.events.edges[0].node.location.id"));
        ids.add("999999999"); // no such entity: an empty page
        ids.add("not-an-id");
        assertTrue(ids.size() >= 4, involved.prettify());

        String batch = """
                query($ids: [String], $after: String) { eventsByEntities(entityIds: $ids, first: 2, after: $after) {
                  entityId events { totalCount hasNextPage endCursor edges { cursor node { id } } } }
                  articlesByEntities(entityIds: $ids, first: 2) { entityId articles { totalCount hasNextPage endCursor edges { articleId } } } }""";
        JsonPath together = batch(batch, ids, null);
        assertEquals(ids, together.getList("data.eventsByEntities.entityId"), "answers in the order asked");
        for (int i = 0; i < ids.size(); i++) {
            JsonPath alone = batch(batch, List.of(ids.get(i)), null);
            assertEquals(alone.getMap("data.eventsByEntities[0]"), together.getMap("data.eventsByEntities[" + i + "]"), ids.get(i));
            assertEquals(alone.getMap("data.articlesByEntities[0]"), together.getMap("data.articlesByEntities[" + i + "]"), ids.get(i));
            JsonPath listing = graphql("""
                    query($after: String) { events(involving: "ID", first: 2, after: $after) { totalCount hasNextPage endCursor
                      edges { cursor node { id } } } }""".replace("ID", ids.get(i)), null);
            if (i < ids.size() - 1) {
                assertEquals(listing.getMap("data.events"), together.getMap("data.eventsByEntities[" + i + "].events"), ids.get(i));
            }
        }
        int most = 0;
        for (int i = 1; i < ids.size(); i++) {
            if (together.getInt("data.eventsByEntities[" + i + "].events.totalCount")
                    > together.getInt("data.eventsByEntities[" + most + "].events.totalCount")) {
                most = i;
            }
        }
        assertTrue(together.getInt("data.eventsByEntities[" + most + "].events.totalCount") >= 3, together.prettify());
        assertEquals(0, together.getInt("data.eventsByEntities[" + (ids.size() - 2) + "].events.totalCount"));

        // The next page after a cursor: the same as that entity's own listing's next page.
        String cursor = together.getString("data.eventsByEntities[" + most + "].events.endCursor");
        JsonPath next = batch(batch, ids, cursor);
        JsonPath nextAlone = graphql("""
                query($after: String) { events(involving: "ID", first: 2, after: $after) { totalCount hasNextPage endCursor
                  edges { cursor node { id } } } }""".replace("ID", ids.get(most)), cursor);
        assertEquals(nextAlone.getMap("data.events"), next.getMap("data.eventsByEntities[" + most + "].events"));
    }

    @Test
    void isAFederationSubgraphWithBatchedEntitiesAndSourcesReferencingArticles() throws Exception {
        String sdl = graphql("{ _service { sdl } }", null).getString("data._service.sdl");
        assertTrue(sdl.contains("specs.apollo.dev/federation/v2"), sdl);
        for (String type : new String[] {"Event", "Entity"}) {
            assertTrue(sdl.matches("(?s).*type " + type + " @key\\(fields ?: ?\"id\"\\).*"), type + " keyed by id: " + sdl);
        }
        assertTrue(sdl.matches("(?s).*type Article @key\\(fields ?: ?\"id\", ?resolvable ?: ?false\\).*"), sdl);
        // scripts/compose-supergraph.sh composes this file with article-service's (CI runs it after the build).
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "subgraph.graphql"), sdl);

        String article = "federation-" + UUID.randomUUID();
        extract(article, (YEAR + 1) + "-08-20");
        JsonPath events = graphql("""
                { events(involving: "Hammouchi", from: "%1$d-08", to: "%1$d-08") { edges { node { id
                  participants { entity { id } } sources { articleId article { id } } } } } }""".formatted(YEAR + 1), null);
        String event = events.getString("data.events.edges[0].node.id");
        String person = events.getString("data.events.edges[0].node.participants[0].entity.id");
        assertEquals(article, events.getString("data.events.edges[0].node.sources[0].article.id"), events.prettify());

        Map<String, Object> variables = Map.of("r", List.of(Map.of("__typename", "Event", "id", event),
                Map.of("__typename", "Entity", "id", person), Map.of("__typename", "Event", "id", "999999999")));
        JsonPath entities = given().contentType(ContentType.JSON).body(Map.of("query", """
                        query($r: [_Any!]!) { _entities(representations: $r) {
                          ... on Event { id type } ... on Entity { id name } } }""", "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals(event, entities.getString("data._entities[0].id"), entities.prettify());
        assertEquals("MEETING", entities.getString("data._entities[0].type"));
        assertEquals(person, entities.getString("data._entities[1].id"));
        assertTrue(entities.getString("data._entities[1].name") != null);
        assertNull(entities.get("data._entities[2]"));
    }

    private static JsonPath batch(String query, List<String> ids, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", ids);
        variables.put("after", after);
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath graphql(String query, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", after);
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static void extract(String articleId, String publishedAt) {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "text", MEETING, "publishedAt", publishedAt))
                .when().post("/extractions").then().statusCode(200);
    }
}
