package org.marsad.article.graphql;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.marsad.article.rest.SyntheticArticles;
import org.marsad.postgres.LocalPostgresResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset cursors: articles stored between two page requests neither repeat nor skip items, in the date listing
 * (undated articles last) and in a search. With offset cursors, the three newer articles pushed page one's
 * last three items onto page two.
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class ArticlePagingTest {

    @Test
    void listingPagesStayPutWhileNewerArticlesArrive() {
        String outlet = "Paging " + UUID.randomUUID();
        List<String> expected = new ArrayList<>();
        for (String day : new String[] {"2024-01-05", "2024-01-04", "2024-01-03", "2024-01-02"}) {
            expected.add(store(outlet, day, "Police chiefs meet on " + day));
        }
        expected.add(store(outlet, null, "An undated statement on cooperation"));
        String query = """
                query($outlet: String, $after: String) { articles(outlet: $outlet, first: 2, after: $after) {
                  totalCount hasNextPage endCursor edges { cursor node { id } } } }""";

        List<String> seen = new ArrayList<>();
        JsonPath page = page(query, outlet, null);
        seen.addAll(page.getList("data.articles.edges.node.id"));
        for (String day : new String[] {"2024-02-01", "2024-02-02", "2024-02-03"}) {
            store(outlet, day, "A newer meeting on " + day);
        }
        while (page.getBoolean("data.articles.hasNextPage")) {
            page = page(query, outlet, page.getString("data.articles.endCursor"));
            seen.addAll(page.getList("data.articles.edges.node.id"));
        }
        assertEquals(expected, seen, "pages asked while three newer articles arrived");
        assertEquals(8, page.getInt("data.articles.totalCount"));
    }

    @Test
    void searchPagesStayPutWhileMatchingArticlesArrive() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String outlet = "Paging " + UUID.randomUUID();
        for (String day : new String[] {"2024-03-04", "2024-03-03", "2024-03-02", "2024-03-01"}) {
            store(outlet, day, "Delegations discuss " + word + " on " + day);
        }
        String query = """
                query($search: String, $after: String) { articles(search: $search, first: 2, after: $after) {
                  hasNextPage endCursor edges { node { id } } } }""";
        JsonPath first = graphql(query, Map.of("search", word));
        List<String> seen = new ArrayList<>(first.getList("data.articles.edges.node.id"));
        store(outlet, "2024-04-01", "Delegations discuss " + word + " again");
        store(outlet, "2024-04-02", "Delegations discuss " + word + " once more");
        Map<String, Object> variables = new HashMap<>(Map.of("search", word));
        variables.put("after", first.getString("data.articles.endCursor"));
        JsonPath second = graphql(query, variables);
        List<String> next = second.getList("data.articles.edges.node.id");
        assertEquals(2, next.size());
        next.forEach(id -> assertFalse(seen.contains(id), "page two repeats " + id));
        assertFalse(second.getBoolean("data.articles.hasNextPage"));
    }

    @Test
    void aCursorOfAnotherListingIsRefused() {
        String outlet = "Paging " + UUID.randomUUID();
        store(outlet, "2024-05-01", "One article for a cursor");
        String listingCursor = page("""
                query($outlet: String, $after: String) { articles(outlet: $outlet, first: 1, after: $after) { endCursor } }""",
                outlet, null).getString("data.articles.endCursor");
        JsonPath refused = graphql("""
                query($after: String) { articles(search: "cursor", after: $after) { totalCount } }""", Map.of("after", listingCursor));
        assertTrue(refused.getString("errors[0].message").startsWith("after is not a cursor this API returned"),
                refused.prettify());
    }

    private static JsonPath page(String query, String outlet, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("outlet", outlet);
        variables.put("after", after);
        return graphql(query, variables);
    }

    private static JsonPath graphql(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String store(String outlet, String publishedAt, String headline) {
        Map<String, Object> body = new HashMap<>(Map.of("text", SyntheticArticles.english(headline), "outlet", outlet));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).body(body)
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }
}
