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

    private static String store(String text) {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }
}
