package org.marsad.entity.it;

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
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

/**
 * The packaged service as a black box (the JAR in {@code ./mvnw verify}, the native executable in the native
 * workflow): the engine, its knowledge base and lexicons (resources in the artifact), CLDR month names (ICU data)
 * and the stored graph, read back through the subgraph.
 */
@QuarkusIntegrationTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_it"))
class EntityServiceIT {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void extractsASeedArticleAndServesItsEvents() throws IOException {
        String text = Files.readString(Path.of("../seeds/articles/003_7d07bd42072f3ba6.txt"), StandardCharsets.UTF_8);
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("articleId", "it-003", "text", text, "language", "ar", "publishedAt", "2024-06-20"))
                .when().post("/extractions")
                .then().statusCode(200).body("events", greaterThan(0));

        String query = "query($ids: [String]) { eventsByArticles(articleIds: $ids) { events { type participants { entity { name } } } } }";
        given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("ids", List.of("it-003"))))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.eventsByArticles[0].events.type", hasItem("MEETING"));
        // "DGSN" is an alias from the knowledge base, not a word of the article.
        given().contentType(ContentType.JSON).body(Map.of("query", "{ events(involving: \"DGSN\") { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.events.totalCount", greaterThan(0));
    }

    @Test
    void readsAFrenchDatelineWithoutStoringAnything() {
        // A month name read through ICU's CLDR data: "3 mars 2025" and "hier" give 2 March.
        String text = "RABAT, 3 mars 2025 (MAP) - Le directeur général de la DGSN, Abdellatif Hammouchi, a reçu hier à Rabat "
                + "le directeur général de la police nationale espagnole, Francisco Pardo Piqueras.";
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($t: String!) { extract(text: $t) { events { type date } } }", "variables", Map.of("t", text)))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.extract.events[0].type", equalTo("MEETING"))
                .body("data.extract.events[0].date", equalTo("2025-03-02"));
    }
}
