package org.marsad.article.graphql;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.article.rest.SyntheticArticles;
import org.marsad.postgres.LocalPostgresResource;

import java.util.List;
import java.util.Map;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The article subgraph: batched lookups keep the order asked and answer null for unknown ids. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ArticleGraphQLApiTest {

    @Test
    void batchedLookupKeepsOrderAndMarksUnknownIds() {
        String first = store(SyntheticArticles.english("INTERPOL agents arrest a trafficking suspect in Casablanca"));
        String second = store(SyntheticArticles.english("Spain and Morocco sign a police cooperation agreement"));
        String query = """
                query($ids: [String]) { articlesByIds(ids: $ids) { id title } }""";
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("ids", List.of(second, "424242424", first))))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.articlesByIds[0].id", equalTo(second))
                .body("data.articlesByIds[1]", nullValue())
                .body("data.articlesByIds[2].id", equalTo(first));
    }

    @Test
    void aCursorThisApiDidNotIssueIsAClientError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ articles(after: \"bogus\") { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("after is not a cursor this API returned: bogus"));
    }

    @Test
    void isAFederationSubgraphWithArticleKeyedByIdAndBatchedEntities() throws Exception {
        String sdl = given().contentType(ContentType.JSON).body(Map.of("query", "{ _service { sdl } }"))
                .when().post("/graphql").then().statusCode(200).extract().path("data._service.sdl");
        org.junit.jupiter.api.Assertions.assertTrue(sdl.contains("specs.apollo.dev/federation/v2"), sdl);
        org.junit.jupiter.api.Assertions.assertTrue(sdl.matches("(?s).*type Article @key\\(fields ?: ?\"id\"\\).*"), sdl);
        // scripts/compose-supergraph.sh composes this file with entity-service's (CI runs it after the build).
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "subgraph.graphql"), sdl);

        String first = store(SyntheticArticles.english("Moroccan and Spanish police chiefs meet in Rabat on border security"));
        String second = store(SyntheticArticles.english("Interior ministers discuss counter-terrorism cooperation in Madrid"));
        String entities = """
                query($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id title } } }""";
        List<Map<String, String>> representations = List.of(Map.of("__typename", "Article", "id", second),
                Map.of("__typename", "Article", "id", "424242424"), Map.of("__typename", "Article", "id", first));
        given().contentType(ContentType.JSON).body(Map.of("query", entities, "variables", Map.of("r", representations)))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data._entities[0].id", equalTo(second))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(first))
                .body("data._entities[2].title", equalTo("Moroccan and Spanish police chiefs meet in Rabat on border security"));
    }

    private static String store(String text) {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }
}
