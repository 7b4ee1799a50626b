package org.marsad.article.rest;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The article REST API against a real PostgreSQL: store, dedup, read, and refuse bad input clearly. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ArticleResourceTest {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void storesASeedArticleOnceAndKeepsItsSentences() throws IOException {
        String text = Files.readString(Path.of("../seeds/articles/003_7d07bd42072f3ba6.txt"), StandardCharsets.UTF_8);
        String id = given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(201).body("duplicate", equalTo(false)).header("Location", containsString("/articles/"))
                .extract().path("id");

        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("duplicate", equalTo(true));

        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo("السيد الحموشي يتباحث بالرباط مع المديرة العامة للأمن الداخلي الفرنسي"))
                .body("language", equalTo("ar"))
                .body("body", containsString("إستقبل المدير العام للأمن الوطني و لمراقبة التراب الوطني عبد اللطيف حموشي"))
                .body("body", not(containsString("اترك رد")));
        given().when().get("/articles/" + id + "/raw").then().statusCode(200).body(equalTo(text));
        given().when().get("/outbox").then().statusCode(200).body("pending", notNullValue());
    }

    @Test
    void explicitMetadataWinsOverDetection() {
        String text = SyntheticArticles.english("FBI trains Moroccan police officers in cybercrime investigations");
        String id = given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("text", text, "outlet", "Test Wire", "author", "A. Writer", "publishedAt", "2024-07-18", "url", "https://example.org/a"))
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().get("/articles/" + id).then().statusCode(200)
                .body("outlet", equalTo("Test Wire")).body("author", equalTo("A. Writer"))
                .body("publishedAt", equalTo("2024-07-18")).body("url", equalTo("https://example.org/a"))
                .body("language", equalTo("en"));
    }

    @Test
    void writesNeedAValidToken() {
        given().contentType(ContentType.JSON).body(Map.of("text", "anything"))
                .when().post("/articles").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(Map.of("text", "anything"))
                .when().post("/articles").then().statusCode(401);
    }

    @Test
    void badInputGetsAClearJsonError() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", "   "))
                .when().post("/articles").then().statusCode(400).body("code", equalTo("BAD_REQUEST")).body("message", containsString("text"));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/articles").then().statusCode(400).body("message", notNullValue());
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("text", "Synthetic: a police delegation visited Madrid on Monday to discuss cooperation.", "publishedAt", "2024-02-31"))
                .when().post("/articles").then().statusCode(400).body("message", containsString("publishedAt"));
        given().when().get("/articles/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
