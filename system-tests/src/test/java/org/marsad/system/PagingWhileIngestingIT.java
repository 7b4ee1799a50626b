package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the gateway: a client pages through articles while newer ones are ingested, and sees every article that
 * was there when it started exactly once (with offset cursors, page two repeated the three items the new articles
 * pushed down). SYNTHETIC articles under an outlet of their own, so the other tests' figures stay as they are.
 */
@ExtendWith(SharedSystem.class)
class PagingWhileIngestingIT {

    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }";
    private static final String PAGE = """
            query($outlet: String, $after: String) { articles(outlet: $outlet, first: 2, after: $after) {
              totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";

    @Test
    void pagesNeitherRepeatNorSkipWhileArticlesArrive() throws Exception {
        RunningSystem system = SharedSystem.get();
        String outlet = "Paging test " + UUID.randomUUID();
        for (int day = 1; day <= 5; day++) {
            ingest(system, outlet, "2023-05-0" + day);
        }
        List<String> before = ids(page(system, outlet, null, 10));

        JsonNode page = page(system, outlet, null, 2);
        assertFalse(page.path("pageInfo").path("hasPreviousPage").asBoolean());
        List<String> seen = new ArrayList<>(ids(page));
        for (int day = 1; day <= 3; day++) {
            ingest(system, outlet, "2023-06-0" + day); // newer: they sort first
        }
        while (page.path("pageInfo").path("hasNextPage").asBoolean()) {
            String after = page.path("pageInfo").path("endCursor").asText();
            page = page(system, outlet, after, 2);
            assertTrue(page.path("pageInfo").path("hasPreviousPage").asBoolean(), page::toString);
            assertEquals(page.path("edges").path(0).path("cursor").asText(), page.path("pageInfo").path("startCursor").asText());
            seen.addAll(ids(page));
        }
        assertEquals(before, seen);
        assertEquals(8, page.path("totalCount").asInt());
    }

    private static void ingest(RunningSystem system, String outlet, String day) throws Exception {
        String text = "Synthetic test article of " + day + "\n\nOfficials of two police services met to review their "
                + "cooperation against organized crime, according to a statement released after the meeting. Reference "
                + UUID.randomUUID() + ".\n";
        JsonNode answer = system.graphql(INGEST, Map.of("input", Map.of("text", text, "outlet", outlet, "publishedAt", day)), system.token());
        assertFalse(answer.has("errors"), answer::toString);
    }

    private static JsonNode page(RunningSystem system, String outlet, String after, int first) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("outlet", outlet);
        variables.put("after", after);
        JsonNode answer = system.graphql(PAGE.replace("first: 2", "first: " + first), variables, null);
        assertFalse(answer.has("errors"), answer::toString);
        return answer.path("data").path("articles");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("edges").forEach(e -> ids.add(e.path("node").path("id").asText()));
        return ids;
    }
}
