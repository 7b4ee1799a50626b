package org.marsad.entity.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The dry run dates relative expressions from the text's dateline when no publishedAt is given, and refuses a bad one. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class PublicationDateExtractTest {

    private static final String EXTRACT = """
            query($text: String!, $publishedAt: String) { extract(text: $text, publishedAt: $publishedAt) {
              events { type date } } }""";
    /** The event's sentence says only "yesterday, Sunday": its date can come from the dateline alone. */
    private static final String TEXT = "الرباط في 3 مارس 2025 - أعلنت المديرية العامة للأمن الوطني عن تعزيز التعاون مع إسبانيا. "
            + "واستقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الأحد بالرباط، وفدا أمنيا إسبانيا.";

    @Test
    void aDatelineAnchorsRelativeDatesInTheDryRun() {
        given().contentType(ContentType.JSON).body(Map.of("query", EXTRACT, "variables", Map.of("text", TEXT)))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.extract.events.date", hasItem("2025-03-02"));
    }

    @Test
    void anUnreadablePublishedAtIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", EXTRACT, "variables", Map.of("text", TEXT, "publishedAt", "yesterday")))
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("publishedAt is not a date: yesterday"));
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("articleId", "dated-1", "text", TEXT, "publishedAt", "yesterday"))
                .when().post("/extractions").then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }
}
