package org.marsad.entity.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** Extraction stored in a real PostgreSQL, idempotent per article, and read back through the subgraph. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class ExtractionResourceTest {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void anArticleIsExtractedOnceAndItsEventsAreFoundByAcronym() throws IOException {
        String articleId = "test-" + UUID.randomUUID();
        String text = Files.readString(Path.of("../seeds/articles/003_7d07bd42072f3ba6.txt"), StandardCharsets.UTF_8);
        Map<String, Object> request = Map.of("articleId", articleId, "text", text, "language", "ar");

        int events = given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(request)
                .when().post("/extractions")
                .then().statusCode(200).body("articleId", equalTo(articleId)).body("events", greaterThan(0))
                .extract().path("events");
        int total = dgsnEventCount();
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(request)
                .when().post("/extractions")
                .then().statusCode(200).body("events", equalTo(events));
        org.junit.jupiter.api.Assertions.assertEquals(total, dgsnEventCount(), "redelivery must change nothing");

        String query = """
                query($ids: [String]) { eventsByArticles(articleIds: $ids) { articleId events { type sources { articleId evidence { text } } } } }""";
        given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("ids", java.util.List.of(articleId))))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.eventsByArticles[0].events.type", hasItem("MEETING"))
                .body("data.eventsByArticles[0].events[0].sources[0].articleId", equalTo(articleId));
    }

    @Test
    void entitiesAreFoundByAnySpelling() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ entities(search: \"الحموشى\", first: 5) { totalCount edges { node { name type } } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.entities.totalCount", greaterThanOrEqualTo(1))
                .body("data.entities.edges[0].node.name", equalTo("Abdellatif Hammouchi"));
    }

    @Test
    void writesNeedATokenAndText() {
        given().contentType(ContentType.JSON).body(Map.of("articleId", "x", "text", "y"))
                .when().post("/extractions").then().statusCode(401);
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("articleId", "x", "text", " "))
                .when().post("/extractions").then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    private static int dgsnEventCount() {
        return given().contentType(ContentType.JSON).body(Map.of("query", "{ events(involving: \"DGSN\") { totalCount } }"))
                .when().post("/graphql").then().statusCode(200).extract().path("data.events.totalCount");
    }
}
