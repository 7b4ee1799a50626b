package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the gateway: a dateline dates a plain-text article, an undated one is flagged, a bad date is refused. */
@ExtendWith(SharedSystem.class)
class PublicationDatesIT {

    private static final String INGEST = """
            mutation($input: ArticleInput!) { ingestArticle(input: $input) { duplicate undated article { publishedAt } } }""";

    @Test
    void aPlainTextArticleIsDatedByItsDatelineOrFlaggedUndated() throws Exception {
        RunningSystem system = SharedSystem.get();
        String dated = "RABAT, March 3, 2025 — Moroccan and Spanish police chiefs met to discuss cooperation against "
                + "terrorism and organized crime, and agreed to meet again next May. Reference " + UUID.randomUUID() + ".";
        JsonNode answer = system.graphql(INGEST, Map.of("input", Map.of("text", dated)), system.token());
        assertFalse(answer.has("errors"), answer::toString);
        assertFalse(answer.path("data").path("ingestArticle").path("undated").asBoolean(), answer::toString);
        assertEquals("2025-03-03", answer.path("data").path("ingestArticle").path("article").path("publishedAt").asText());

        String undated = "Moroccan and Spanish police chiefs met to discuss cooperation against terrorism and organized "
                + "crime, and agreed to meet again next May. Reference " + UUID.randomUUID() + ".";
        answer = system.graphql(INGEST, Map.of("input", Map.of("text", undated)), system.token());
        assertFalse(answer.has("errors"), answer::toString);
        assertTrue(answer.path("data").path("ingestArticle").path("undated").asBoolean(), answer::toString);
    }

    @Test
    void anUnreadablePublishedAtIsABadRequestInIngestAndExtract() throws Exception {
        RunningSystem system = SharedSystem.get();
        String text = "Moroccan and Spanish police chiefs met in Rabat. Reference " + UUID.randomUUID() + ".";
        JsonNode refused = system.graphql(INGEST, Map.of("input", Map.of("text", text, "publishedAt", "yesterday")),
                system.token());
        assertEquals("BAD_REQUEST", refused.path("errors").path(0).path("extensions").path("code").asText(), refused::toString);

        JsonNode dryRun = system.graphql("query($text: String!) { extract(text: $text, publishedAt: \"yesterday\") { events { date } } }",
                Map.of("text", text), null);
        assertEquals("BAD_REQUEST", dryRun.path("errors").path(0).path("extensions").path("code").asText(), dryRun::toString);
    }
}
