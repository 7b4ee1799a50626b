package org.marsad.article.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ingest paths beyond the single JSON POST: HTML pages, bulk, near-duplicates and concurrent duplicates. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ArticleIngestTest {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void anHtmlPageIsCleanedAndItsQueryMetadataWins() {
        String marker = UUID.randomUUID().toString();
        String page = """
                <html lang="en"><head><title>Europol and Spain dismantle a smuggling network | Synthetic Wire</title></head>
                <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
                <article><h1>Europol and Spain dismantle a smuggling network</h1>
                <p>Synthetic article for tests: Spanish police, supported by Europol, arrested twelve suspects on Tuesday in Algeciras, the agency said.</p>
                <p>The investigation lasted eighteen months and involved officers from three countries. Reference %s.</p></article>
                <aside><h3>Related articles</h3><ul><li><a href="/x">Celebrity wedding photos</a></li></ul></aside>
                <footer>All rights reserved © Synthetic Wire</footer></body></html>""".formatted(marker);
        String id = given().header("Authorization", TOKEN).contentType("text/html; charset=utf-8").body(page)
                .queryParam("outlet", "Synthetic Wire").queryParam("publishedAt", "2024-03-05")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().get("/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Europol and Spain dismantle a smuggling network"))
                .body("outlet", equalTo("Synthetic Wire")).body("publishedAt", equalTo("2024-03-05"))
                .body("body", containsString("arrested twelve suspects"))
                .body("body", not(containsString("Celebrity"))).body("body", not(containsString("All rights reserved")));
        given().when().get("/articles/" + id + "/raw").then().body(equalTo(page));
    }

    @Test
    void bulkStoresEachArticleOnItsOwnAndReportsEveryOne() {
        String good = SyntheticArticles.english("INTERPOL and the UAE police hold a joint training in Abu Dhabi");
        List<Map<String, String>> batch = List.of(
                Map.of("text", good),
                Map.of("text", "   "),
                Map.of("text", good),
                Map.of("text", SyntheticArticles.english("The FBI and the DGSN exchange experts"), "publishedAt", "2024-13-01"),
                Map.of("text", SyntheticArticles.english("Germany's BKA meets Moroccan counterparts")));
        Response response = given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(batch)
                .when().post("/articles/bulk");
        response.then().statusCode(200)
                .body("created", equalTo(2)).body("duplicates", equalTo(1)).body("failed", equalTo(2))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("results.status", equalTo(List.of(201, 400, 200, 400, 201)))
                .body("results[1].error.code", equalTo("BAD_REQUEST"))
                .body("results[3].error.message", containsString("publishedAt"));
        assertEquals((String) response.path("results[0].id"), response.path("results[2].id"));
        given().when().get("/articles/" + response.path("results[4].id")).then().statusCode(200);
    }

    @Test
    void aRepostIsLinkedToTheOriginalNotMerged() throws IOException {
        String original = Files.readString(Path.of("../seeds/articles/001_771e1424d74f8935.txt"));
        String first = post(original).then().statusCode(greaterThanOrEqualTo(200)).extract().path("id");
        // A repost of the same story (synthetic): the outlet line changed and one sentence of the body edited.
        String repost = original.replaceFirst("الأخبار", "أخبار اليوم").replaceFirst("فبعد أن زار عبد اللطيف حموشي", "فبعد أن زار السيد عبد اللطيف الحموشي");
        Response stored = post(repost);
        stored.then().statusCode(201).body("duplicate", equalTo(false))
                .body("nearDuplicates.id", hasItem(first));
        String second = stored.path("id");
        given().when().get("/articles/" + first).then().body("nearDuplicates.id", hasItem(second));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ article(id: \"" + second + "\") { nearDuplicates { id similarity } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.article.nearDuplicates.id", hasItem(first))
                .body("data.article.nearDuplicates[0].similarity", org.hamcrest.Matchers.greaterThanOrEqualTo(0.7f));
    }

    @Test
    void theSameArticleSentConcurrentlyIsStoredOnce() throws Exception {
        String text = SyntheticArticles.english("Qatar and Morocco agree to share police training programmes");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> post(text)));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> call : calls) {
                responses.add(call.get());
            }
            Set<String> ids = responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "ids " + ids);
            assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
            assertEquals(5, responses.stream().filter(r -> r.statusCode() == 200).count());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response post(String text) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/articles");
    }
}
