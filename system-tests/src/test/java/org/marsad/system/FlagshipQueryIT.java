package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: the three services and PostgreSQL started by ./marsad, the seeds loaded through the public API,
 * and the flagship question asked of the gateway over HTTP.
 */
@ExtendWith(SharedSystem.class)
class FlagshipQueryIT {

    private static final String FLAGSHIP = """
            { events(involving: "DGSN", first: 50) { totalCount edges { node { id type date
                participants { entity { name } } sources { article { id title } evidence { start end text } } } } } }""";

    private static RunningSystem system;

    @BeforeAll
    static void useTheSharedSystem() {
        system = SharedSystem.get();
    }

    @Test
    void eventsInvolvingDgsnCarryTheirSourcesAndVerbatimQuotes() throws Exception {
        JsonNode answer = system.graphql(FLAGSHIP, Map.of(), null);
        assertFalse(answer.has("errors"), () -> answer.toString());
        JsonNode events = answer.path("data").path("events");
        assertTrue(events.path("totalCount").asInt() >= 4, () -> "DGSN should be involved in at least four seed events: " + events);
        assertEquals(events.path("totalCount").asInt(), events.path("edges").size());
        for (JsonNode edge : events.path("edges")) {
            JsonNode sources = edge.path("node").path("sources");
            assertTrue(sources.size() >= 1, () -> "event without source: " + edge);
            for (JsonNode source : sources) {
                assertFalse(source.path("article").path("title").asText().isBlank(), () -> "source without title: " + source);
                String body = body(source.path("article").path("id").asText());
                JsonNode evidence = source.path("evidence");
                String quote = evidence.path("text").asText();
                assertFalse(quote.isBlank());
                // Offsets are UTF-16 indexes into the cleaned body, which Java strings use too.
                assertEquals(quote, body.substring(evidence.path("start").asInt(), evidence.path("end").asInt()));
            }
        }
    }

    @Test
    void involvingAcceptsAnArabicNameAndAPersonActingForTheOrganization() throws Exception {
        int byAcronym = count("DGSN");
        assertEquals(byAcronym, count("المديرية العامة للأمن الوطني"));
        assertTrue(count("Hammouchi") >= 4);
    }

    @Test
    void entitiesHaveAShortNameAndListByMentions() throws Exception {
        JsonNode dgsn = system.graphql("{ entities(search: \"DGSN\", type: ORGANIZATION, first: 1) { edges { node { name fullName acronym } } } }",
                Map.of(), null).path("data").path("entities").path("edges").path(0).path("node");
        assertEquals("DGSN", dgsn.path("name").asText(), dgsn::toString);
        assertEquals("General Directorate of National Security, Morocco", dgsn.path("fullName").asText());
        assertEquals("DGSN", dgsn.path("acronym").asText());

        JsonNode named = system.graphql("{ all: entities(first: 0) { totalCount } "
                + "named: entities(minMentions: 1, orderBy: MENTIONS, first: 10) { totalCount edges { node { mentionCount } } } }", Map.of(), null);
        assertFalse(named.has("errors"), named::toString);
        JsonNode page = named.path("data").path("named");
        assertTrue(page.path("totalCount").asInt() < named.path("data").path("all").path("totalCount").asInt(), named::toString);
        int previous = Integer.MAX_VALUE;
        for (JsonNode edge : page.path("edges")) {
            int count = edge.path("node").path("mentionCount").asInt();
            assertTrue(count >= 1 && count <= previous, named::toString);
            previous = count;
        }
    }

    @Test
    void reIngestingASeedIsADuplicateAndNeedsAToken() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("marsad.root", "..")).resolve("seeds/articles/003_7d07bd42072f3ba6.txt"), StandardCharsets.UTF_8);
        String mutation = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { duplicate article { id title } } }";
        JsonNode refused = system.graphql(mutation, Map.of("input", Map.of("text", text)), null);
        assertEquals("UNAUTHENTICATED", refused.path("errors").path(0).path("extensions").path("code").asText(), refused::toString);

        JsonNode again = system.graphql(mutation, Map.of("input", Map.of("text", text)), system.token());
        assertTrue(again.path("data").path("ingestArticle").path("duplicate").asBoolean(), again::toString);
        assertEquals("السيد الحموشي يتباحث بالرباط مع المديرة العامة للأمن الداخلي الفرنسي",
                again.path("data").path("ingestArticle").path("article").path("title").asText());
    }

    @Test
    void extractIsADryRunInTheContractsShape() throws Exception {
        String text = "استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الخميس بالرباط، وفدا أمنيا إسبانيا.";
        JsonNode answer = system.graphql("""
                query($text: String!) { extract(text: $text, publishedAt: "2024-07-19") {
                  entities { name type mentions { start end text } }
                  events { type status date participants organizations evidence { start end text } } } }""",
                Map.of("text", text), null);
        assertFalse(answer.has("errors"), answer::toString);
        JsonNode preview = answer.path("data").path("extract");
        Set<String> names = new HashSet<>();
        for (JsonNode entity : preview.path("entities")) {
            names.add(entity.path("name").asText());
            for (JsonNode m : entity.path("mentions")) {
                assertEquals(m.path("text").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()));
            }
        }
        assertTrue(names.contains("Abdellatif Hammouchi"), names::toString);
        assertTrue(preview.path("events").size() >= 1, preview::toString);
        int before = count("DGSN");
        assertEquals(before, count("DGSN"), "extract must store nothing");
    }

    @Test
    void aVariantSpellingSearchFindsEverySeedWithSnippetsThroughTheGateway() throws Exception {
        JsonNode answer = system.graphql("""
                { articles(search: "الحموشى", first: 20) { totalCount edges { snippet node { id title nearDuplicates { similarity } } } } }""",
                Map.of(), null);
        assertFalse(answer.has("errors"), answer::toString);
        JsonNode articles = answer.path("data").path("articles");
        assertEquals(5, articles.path("totalCount").asInt(), articles::toString);
        for (JsonNode edge : articles.path("edges")) {
            assertTrue(edge.path("snippet").asText().contains("<mark>"), edge::toString);
        }
    }

    @Test
    void aNewEngineVersionReExtractsEveryArticleAndTheGraphStaysTheSame() throws Exception {
        List<String> before = graphSnapshot();
        // What a deployment of a new engine version finds: every article extracted by another version.
        long stale = system.sql("marsad_entities", "UPDATE extraction_run SET extractor_version = 'previous'");
        assertTrue(stale >= 5, "runs marked stale: " + stale);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (system.sql("marsad_entities", "SELECT count(*) FROM extraction_run WHERE extractor_version = 'previous'") > 0) {
            assertTrue(System.nanoTime() < deadline, "reprocessing did not finish in 90 s");
            Thread.sleep(500);
        }
        assertEquals(before, graphSnapshot(), "re-extraction must neither duplicate nor lose events");
    }

    /** Every event as type, status, date and source articles: what must survive re-extraction (ids may change). */
    private static List<String> graphSnapshot() throws Exception {
        JsonNode answer = system.graphql("{ events(first: 100) { totalCount edges { node { type status date sources { article { id } } } } } }",
                Map.of(), null);
        assertFalse(answer.has("errors"), answer::toString);
        List<String> events = new java.util.ArrayList<>();
        for (JsonNode edge : answer.path("data").path("events").path("edges")) {
            JsonNode e = edge.path("node");
            Set<String> articles = new java.util.TreeSet<>();
            e.path("sources").forEach(s -> articles.add(s.path("article").path("id").asText()));
            String line = e.path("type").asText() + " " + e.path("status").asText() + " " + e.path("date").asText() + " " + articles;
            events.add(line);
        }
        java.util.Collections.sort(events); // a list, not a set: a duplicated event must show
        assertEquals(answer.path("data").path("events").path("totalCount").asInt(), answer.path("data").path("events").path("edges").size());
        return events;
    }

    @Test
    void anAnalystCorrectsAnEventThroughTheGateway() throws Exception {
        JsonNode page = system.graphql("{ events(involving: \"DGSN\", type: MEETING, first: 1) { edges { node { id } } } }", Map.of(), null);
        String id = page.path("data").path("events").path("edges").path(0).path("node").path("id").asText();
        String mutation = "mutation($id: ID!) { correctEvent(id: $id, correction: {date: \"2024-06-27\"}) { id date corrections { field value } } }";
        JsonNode refused = system.graphql(mutation, Map.of("id", id), null);
        assertEquals("UNAUTHENTICATED", refused.path("errors").path(0).path("extensions").path("code").asText(), refused::toString);

        JsonNode corrected = system.graphql(mutation, Map.of("id", id), system.token());
        assertFalse(corrected.has("errors"), corrected::toString);
        JsonNode event = system.graphql("query($id: ID!) { event(id: $id) { date corrections { field value } } }", Map.of("id", id), null)
                .path("data").path("event");
        assertEquals("2024-06-27", event.path("date").asText(), event::toString);
        assertEquals("DATE", event.path("corrections").path(0).path("field").asText(), event::toString);
    }

    @Test
    void anEntityBringsItsArticlesEventsAndRolesWithTheirSources() throws Exception {
        JsonNode found = system.graphql("""
                { entities(search: "Hammouchi", type: PERSON, first: 1) { edges { node { name mentionCount
                    roles { title organization { name } source { article { id } evidence { text } } }
                    events(first: 5) { totalCount edges { node { type } } }
                    articles(first: 10) { totalCount edges { node { id title } } } } } } }""", Map.of(), null);
        assertFalse(found.has("errors"), found::toString);
        JsonNode person = found.path("data").path("entities").path("edges").path(0).path("node");
        assertEquals("Abdellatif Hammouchi", person.path("name").asText(), person::toString);
        assertTrue(person.path("mentionCount").asInt() >= 10, person::toString);
        assertEquals(5, person.path("articles").path("totalCount").asInt(), person::toString);
        assertTrue(person.path("events").path("totalCount").asInt() >= 4, person::toString);
        boolean stated = false;
        for (JsonNode role : person.path("roles")) {
            JsonNode source = role.path("source");
            if (!source.isMissingNode() && !source.isNull()) {
                stated = true;
                String body = body(source.path("article").path("id").asText());
                assertTrue(body.contains(source.path("evidence").path("text").asText()), role::toString);
            }
        }
        assertTrue(stated, "at least one role is stated by an article, with its quote: " + person.path("roles"));
    }

    private static int count(String involving) throws Exception {
        JsonNode answer = system.graphql("query($q: String) { events(involving: $q, first: 100) { totalCount } }", Map.of("q", involving), null);
        return answer.path("data").path("events").path("totalCount").asInt();
    }

    private static String body(String articleId) throws Exception {
        JsonNode answer = system.graphql("query($id: ID!) { article(id: $id) { body } }", Map.of("id", articleId), null);
        return answer.path("data").path("article").path("body").asText();
    }
}
