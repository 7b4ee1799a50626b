package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One event per happening: tellings of the same happening by different articles become one event with a source
 * each, the event says where they disagree, and the graph does not depend on the order articles arrive in.
 * The short articles here are SYNTHETIC (written for the tests, not real news).
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class EventMergingTest {

    private static final String TOKEN = "Bearer test-token";

    @Inject
    EntityManager em;

    @BeforeEach
    @Transactional
    void emptyGraph() {
        TestGraph.keepOnlyTheKnowledgeBase(em);
    }

    @Test
    void twoOutletsReportingOneMeetingInTwoSpellingsGiveOneEventWithTwoSources() {
        extract("synthetic-a", "2024-03-13", """
                (نص تجريبي) استقبل المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي، أمس الثلاثاء بالرباط، \
                المديرة العامة للأمن الداخلي الفرنسي سيلين برتون، وذلك لبحث سبل تعزيز التعاون الأمني بين البلدين.""");
        String textB = """
                (نص تجريبي) أجرى عبد اللطيف الحموشي، يوم 12 مارس 2024 بالرباط، مباحثات مع سيلين بيرتون، المديرة العامة \
                للأمن الداخلي بفرنسا، تناولت التعاون في مكافحة الإرهاب.""";
        extract("synthetic-b", "2024-03-14", textB);
        JsonPath events = events();
        List<Map<String, Object>> meetings = events.getList("data.events.edges.node.findAll { it.type == 'MEETING' }");
        assertEquals(1, meetings.size(), events.prettify());
        JsonPath meeting = new JsonPath(events.prettify()).setRootPath("data.events.edges.node.find { it.type == 'MEETING' }");
        assertEquals(Set.of("synthetic-a", "synthetic-b"), Set.copyOf(meeting.getList("sources.articleId")));
        assertEquals("2024-03-12", meeting.getString("date"));
        List<String> spellingFields = meeting.getList("disagreements.field");
        assertTrue(spellingFields.stream().anyMatch(f -> f.startsWith("spelling of")), meeting.prettify());
        // Each reading says which words its date and place came from, as offsets into that article.
        JsonPath b = new JsonPath(events.prettify()).setRootPath(
                "data.events.edges.node.find { it.type == 'MEETING' }.sources.find { it.articleId == 'synthetic-b' }.reading");
        assertNotNull(b.get("dateSpan"), events.prettify());
        assertEquals("12 مارس 2024", textB.substring(b.getInt("dateSpan.start"), b.getInt("dateSpan.end")), b.prettify());
        assertEquals(b.getString("dateSpan.text"), textB.substring(b.getInt("dateSpan.start"), b.getInt("dateSpan.end")));
        assertTrue(b.getString("locationSpan.text").endsWith("الرباط"), b.prettify());
        JsonPath a = new JsonPath(events.prettify()).setRootPath(
                "data.events.edges.node.find { it.type == 'MEETING' }.sources.find { it.articleId == 'synthetic-a' }.reading");
        assertTrue(a.getString("dateSpan.text").contains("أمس"), a.prettify());
    }

    @Test
    void anAnnouncedVisitJoinsTheVisitThatHappened() {
        extract("synthetic-planned", "2024-06-20", """
                (نص تجريبي) من المنتظر أن يقوم المدير العام للأمن الوطني عبد اللطيف حموشي بزيارة عمل إلى باريس \
                الأسبوع المقبل، لبحث التنسيق الأمني.""");
        extract("synthetic-done", "2024-06-27", """
                (نص تجريبي) حل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الأربعاء، بباريس في زيارة عمل \
                لبحث التنسيق الأمني مع نظرائه الفرنسيين.""");
        JsonPath visit = new JsonPath(events().prettify()).setRootPath("data.events.edges.node.find { it.type == 'VISIT' }");
        assertEquals("HAPPENED", visit.getString("status"), visit.prettify());
        assertEquals(Set.of("synthetic-planned", "synthetic-done"), Set.copyOf(visit.getList("sources.articleId")));
        assertTrue(visit.getList("disagreements.field").contains("status"), visit.prettify());
    }

    @Test
    void theGraphDoesNotDependOnIngestOrder() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../seeds/articles"))) {
            seeds = files.sorted().toList();
        }
        seeds.forEach(EventMergingTest::extractSeed);
        Set<String> forward = graph();
        emptyGraph();
        List<Path> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        reversed.forEach(EventMergingTest::extractSeed);
        Set<String> backward = graph();
        assertEquals(forward, backward);
        assertTrue(forward.size() > 5, forward.toString());
        // The visit to Paris announced by one seed is the visit to France another reports.
        assertTrue(forward.stream().anyMatch(e -> e.startsWith("VISIT | HAPPENED") && e.contains("000_") && e.contains("004_")),
                String.join("\n", forward));
    }

    private static void extractSeed(Path file) {
        try {
            extract(file.getFileName().toString(), null, Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event as type, status, date, place, participants and source articles, named rather than numbered. */
    private static Set<String> graph() {
        JsonPath answer = events();
        Set<String> lines = new TreeSet<>();
        for (Map<String, Object> e : answer.<Map<String, Object>>getList("data.events.edges.node")) {
            JsonPath event = new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(e).toString());
            lines.add(String.join(" | ", event.getString("type"), event.getString("status"), event.getString("date"),
                    event.getString("location.name"), new TreeSet<>(event.<String>getList("participants.entity.name")).toString(),
                    new TreeSet<>(event.<String>getList("sources.articleId")).toString()));
        }
        return lines;
    }

    private static JsonPath events() {
        String query = """
                { events(first: 100) { edges { node { id type status date location { name }
                  participants { entity { name } } sources { articleId evidence { text } reading { status date dateSpan { start end text }
                  locationSpan { start end text } } }
                  disagreements { field values } } } } }""";
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200).body("errors", equalTo(null)).extract().jsonPath();
    }

    private static void extract(String articleId, String publishedAt, String text) {
        var body = new java.util.HashMap<String, Object>(Map.of("articleId", articleId, "text", text));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body)
                .when().post("/extractions").then().statusCode(200);
    }
}
