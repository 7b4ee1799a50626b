package org.marsad.article.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.marsad.article.rest.SyntheticArticles;
import org.marsad.postgres.LocalPostgresResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An article's extraction state comes from its outbox message. Here entity-service is not running, so a stored
 * article stays PENDING, even after a delivery run (an unreachable service costs no attempt); DONE and FAILED
 * against the real entity-service are checked by the system test ExtractionStateIT.
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ExtractionStateTest {

    @Inject
    OutboxDelivery delivery;

    @Test
    void aStoredArticleIsPendingAndTheFilterSelectsByState() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = store(SyntheticArticles.english("Customs officers of " + word + " meet their counterparts in Tangier"));
        delivery.deliverBatch(); // entity-service is unreachable: no attempt is counted

        JsonPath article = graphql("{ article(id: \"" + id + "\") { extraction { status engineVersion attempts lastError extractedAt } } }");
        assertEquals("PENDING", article.getString("data.article.extraction.status"));
        assertEquals(0, article.getInt("data.article.extraction.attempts"));
        assertNull(article.get("data.article.extraction.engineVersion"));
        assertNull(article.get("data.article.extraction.extractedAt"));

        // The search path (native SQL) and the listing path (HQL) both filter.
        for (String filter : new String[] {"search: \"" + word + "\", ", ""}) {
            JsonPath pending = graphql("{ articles(" + filter + "extraction: PENDING, first: 100) { totalCount edges { node { id } } } }");
            assertEquals(true, pending.getList("data.articles.edges.node.id").contains(id), pending.prettify());
            JsonPath done = graphql("{ articles(" + filter + "extraction: DONE, first: 100) { totalCount edges { node { id } } } }");
            assertEquals(false, done.getList("data.articles.edges.node.id").contains(id), done.prettify());
            JsonPath failed = graphql("{ articles(" + filter + "extraction: FAILED, first: 100) { edges { node { id } } } }");
            assertEquals(false, failed.getList("data.articles.edges.node.id").contains(id), failed.prettify());
        }
        assertEquals(1, graphql("{ articles(search: \"" + word + "\", extraction: PENDING) { totalCount } }").getInt("data.articles.totalCount"));
        assertEquals(0, graphql("{ articles(search: \"" + word + "\", extraction: DONE) { totalCount } }").getInt("data.articles.totalCount"));

        given().when().get("/articles/" + id).then().statusCode(200)
                .body("extraction.status", equalTo("PENDING")).body("extraction.attempts", equalTo(0));
        given().when().get("/articles?search=" + word + "&extraction=pending").then().statusCode(200).body("totalCount", equalTo(1));
        given().when().get("/outbox").then().statusCode(200).body("oldestPendingSeconds", notNullValue())
                .body("recentFailures", notNullValue());
        given().when().get("/outbox/summary").then().statusCode(200).body(containsString("pending"));
    }

    @Test
    void anUnknownStateIsAClientError() {
        given().when().get("/articles?extraction=SOMETIMES").then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST")).body("message", containsString("PENDING, DONE or FAILED"));
        JsonPath answer = graphql("{ articles(extraction: SOMETIMES) { totalCount } }");
        assertEquals(true, answer.getString("errors[0].message").contains("SOMETIMES"), answer.prettify());
    }

    private static JsonPath graphql(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String store(String text) {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }
}
