package org.marsad.article.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search over the seeds and synthetic articles, through REST and the subgraph, on a real PostgreSQL. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ArticleSearchTest {

    private static final String TOKEN = "Bearer test-token";
    private final List<String> seedIds = new ArrayList<>();

    /** Stored on first use: RestAssured knows the test port only once a test runs. Storing again is a no-op (dedup). */
    @BeforeEach
    void storeTheSeeds() throws IOException {
        if (!seedIds.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of("../seeds/articles"))) {
            for (Path file : files.sorted().toList()) {
                seedIds.add(given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                        .body(Map.of("text", Files.readString(file))).when().post("/articles")
                        .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id"));
            }
        }
    }

    @Test
    void aVariantSpellingFindsEverySeedWithAHighlightedSnippet() {
        JsonPath page = search("الحموشى", Map.of());
        List<String> ids = page.getList("edges.node.id");
        assertTrue(ids.containsAll(seedIds), "found " + ids + ", seeds " + seedIds);
        for (String snippet : page.<String>getList("edges.snippet")) {
            assertTrue(snippet.contains("<mark>"), snippet);
        }
    }

    @Test
    void cliticsAndLetterVariantsInTheQueryAreFolded() {
        // "بالمديرية العامة للأمن الوطني" and "المديريه العامه للامن الوطنى" are the same words.
        List<String> a = search("بالمديرية العامة للأمن الوطني", Map.of()).getList("edges.node.id");
        List<String> b = search("المديريه العامه للامن الوطنى", Map.of()).getList("edges.node.id");
        assertEquals(a, b);
        assertTrue(a.size() >= 3, "found " + a);
    }

    @Test
    void frenchAndEnglishUseTheirOwnStemming() {
        String fr = store("La DGSI et la police marocaine renforcent leur coopération antiterroriste\n\n"
                + "Article synthétique pour les tests : les responsables des deux services se sont réunis mardi à Rabat "
                + "pour examiner la coopération sécuritaire et les échanges d'informations.\n\n"
                + "Ils ont convenu d'organiser des formations communes l'année prochaine, selon un communiqué.");
        String en = store(SyntheticArticles.english("Morocco and Spain sign police agreements in Madrid"));
        assertThat(search("coopérations sécuritaires", Map.of()).getList("edges.node.id"), fr);
        assertThat(search("cooperation securitaire", Map.of()).getList("edges.node.id"), fr);
        assertThat(search("agreement", Map.of()).getList("edges.node.id"), en);
    }

    @Test
    void filtersNarrowASearchAndPhrasesAndExclusionsWork() {
        String seed = seedIds.get(4);
        String outlet = given().when().get("/articles/" + seed).then().extract().path("outlet");
        List<String> byOutlet = search("الحموشي", Map.of("outlet", outlet.toUpperCase())).getList("edges.node.id");
        assertTrue(byOutlet.contains(seed) && byOutlet.size() < seedIds.size(), byOutlet.toString());
        given().queryParam("search", "الحموشي").queryParam("from", "2031").when().get("/articles")
                .then().statusCode(200).body("totalCount", equalTo(0));
        List<String> phrase = search("\"عبد اللطيف حموشي\"", Map.of()).getList("edges.node.id");
        assertTrue(phrase.containsAll(seedIds), phrase.toString());
        List<String> excluded = search("حموشي -حموشي", Map.of()).getList("edges.node.id");
        assertTrue(excluded.isEmpty(), excluded.toString());
    }

    @Test
    void theSubgraphServesTheSameSearchWithSnippetsAndPaging() {
        String query = """
                { articles(search: "الحموشى", first: 2) { totalCount hasNextPage endCursor edges { cursor snippet node { id } } } }""";
        JsonPath first = graphql(query);
        assertTrue(first.getInt("data.articles.totalCount") >= 5);
        assertEquals(2, first.getList("data.articles.edges").size());
        String after = first.getString("data.articles.endCursor");
        JsonPath second = graphql(query.replace("first: 2", "first: 2, after: \"" + after + "\""));
        List<String> firstIds = first.getList("data.articles.edges.node.id");
        for (String id : second.<String>getList("data.articles.edges.node.id")) {
            assertTrue(!firstIds.contains(id), "page two repeats " + id);
        }
        graphql("{ articles(first: 1) { edges { snippet } } }").getList("data.articles.edges.snippet")
                .forEach(s -> assertEquals(null, s));
    }

    @Test
    void anOverlongOrEmptyResultSearchIsHandled() {
        given().queryParam("search", "x".repeat(501)).when().get("/articles")
                .then().statusCode(400).body("message", containsString("search"));
        given().queryParam("search", "من في على").when().get("/articles").then().statusCode(200).body("totalCount", equalTo(0));
        given().queryParam("search", "\"unbalanced -or or").when().get("/articles").then().statusCode(200);
    }

    private static void assertThat(List<String> ids, String expected) {
        org.hamcrest.MatcherAssert.assertThat(ids, hasItem(expected));
    }

    private static JsonPath search(String q, Map<String, String> filters) {
        return given().queryParam("search", q).queryParams(filters).queryParam("first", 100).when().get("/articles")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath graphql(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200).body("errors", equalTo(null)).extract().jsonPath();
    }

    private static String store(String text) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }
}
