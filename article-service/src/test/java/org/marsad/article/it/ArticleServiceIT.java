package org.marsad.article.it;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The packaged service as a black box (the JAR in {@code ./mvnw verify}, the native executable in the native
 * workflow): start, migrate a fresh database, clean and store an Arabic page, find it by a folded spelling, refuse
 * a client's mistake with a JSON error. Reflection, resources and ICU/Lucene data all take part.
 */
@QuarkusIntegrationTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_it"))
class ArticleServiceIT {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void storesASeedPageAndFindsItByAVariantSpelling() throws IOException {
        String text = Files.readString(Path.of("../seeds/articles/003_7d07bd42072f3ba6.txt"), StandardCharsets.UTF_8);
        String id = given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(201).body("duplicate", equalTo(false))
                .extract().path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ articles(search: \"الحموشى\", first: 5) { totalCount edges { node { id } } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.articles.totalCount", greaterThanOrEqualTo(1))
                .body("data.articles.edges.node.id", hasItem(id));
    }

    @Test
    void refusesBadInputWithAJsonError() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/articles").then().statusCode(400).body("code", equalTo("INVALID_JSON"));
        given().contentType(ContentType.JSON).body(Map.of("text", "anything"))
                .when().post("/articles").then().statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
