package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Curation by hand, and that it survives re-extraction by a new engine version (SYNTHETIC articles, not real news). */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class CurationTest {

    private static final String TOKEN = "Bearer test-token";

    @Inject
    EntityManager em;

    @Test
    void aCorrectedEventKeepsItsCorrectionThroughReExtraction() {
        String text = """
                (نص تجريبي) استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الاثنين بطنجة، السيد يوهانس برغستروم، \
                مدير الشرطة الفنلندية، لبحث التعاون في مكافحة الجريمة المنظمة.""";
        extract("synthetic-c1", text);
        String eventId = eventInvolving("يوهانس برغستروم").getString("id");
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("date", "2024-05-20", "status", "HAPPENED"))
                .when().post("/curation/events/" + eventId + "/correction")
                .then().statusCode(200).body("date", equalTo("2024-05-20"));

        markStale("synthetic-c1");
        extract("synthetic-c1", text); // what reprocessing does for a new engine version
        JsonPath event = eventInvolving("يوهانس برغستروم");
        assertEquals("2024-05-20", event.getString("date"), event.prettify());
        assertEquals(List.of("DATE", "STATUS"), event.getList("corrections.field"));
        assertEquals(1, event.getList("sources").size(), "the re-extracted telling joins the corrected event");
    }

    @Test
    void mergedEntitiesBecomeOneAndASplitKeepsItsSpellingsAcrossReExtraction() {
        extract("synthetic-m1", """
                (نص تجريبي) أجرى السيد لارس هولمغرين، مدير الاستخبارات الدنماركية، مباحثات بالرباط مع مسؤولين أمنيين مغاربة.""");
        extract("synthetic-m2", """
                (نص تجريبي) وصل السيد نيلس أوسترغارد، رئيس الشرطة الدنماركية، إلى الدار البيضاء في زيارة عمل.""");
        String lars = entityId("لارس هولمغرين");
        String nils = entityId("نيلس أوسترغارد");

        // A (deliberately wrong) merge: everything about Nils now belongs to Lars, and Nils's id answers Lars.
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("from", nils))
                .when().post("/curation/entities/" + lars + "/merge").then().statusCode(200).body("id", equalTo(lars));
        graphql("{ entity(id: \"" + nils + "\") { id } }").then().body("data.entity.id", equalTo(lars));
        assertEquals(lars, entityId("نيلس أوسترغارد"));

        // The split undoes it, and re-extraction does not put Nils's spelling back on Lars.
        String split = given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("aliases", List.of("نيلس أوسترغارد")))
                .when().post("/curation/entities/" + lars + "/split").then().statusCode(200).extract().path("id");
        markStale("synthetic-m2");
        extract("synthetic-m2", """
                (نص تجريبي) وصل السيد نيلس أوسترغارد، رئيس الشرطة الدنماركية، إلى الدار البيضاء في زيارة عمل.""");
        assertEquals(split, entityId("نيلس أوسترغارد"));
        assertTrue(!entityId("لارس هولمغرين").equals(split));
    }

    @Test
    void aRemovedAliasStaysRemovedAndAnAddedOneFindsTheEntity() {
        extract("synthetic-a1", """
                (نص تجريبي) أجرى السيد ماتياس فرانكل، مدير الشرطة الجنائية النمساوية، مباحثات بالرباط مع نظرائه المغاربة.""");
        String id = entityId("ماتياس فرانكل");
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("alias", "Matthias Fränkel"))
                .when().post("/curation/entities/" + id + "/aliases").then().statusCode(200);
        assertEquals(id, entityId("Matthias Fränkel"));
        given().header("Authorization", TOKEN).queryParam("alias", "Matthias Fränkel")
                .when().delete("/curation/entities/" + id + "/aliases").then().statusCode(200);
        graphql("{ entities(search: \"Matthias Fränkel\", type: PERSON) { edges { node { id } } } }")
                .then().body("data.entities.edges.node.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void curationNeedsATokenAndValidInput() {
        given().contentType(ContentType.JSON).body(Map.of("alias", "x")).when().post("/curation/entities/1/aliases")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("alias", "x"))
                .when().post("/curation/entities/999999/aliases").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(Map.of("date", "the 5th"))
                .when().post("/curation/events/1/correction").then().statusCode(org.hamcrest.Matchers.oneOf(400, 404));
    }

    @Transactional
    void markStale(String articleId) {
        em.createNativeQuery("UPDATE extraction_run SET extractor_version = 'previous' WHERE article_id = :a")
                .setParameter("a", articleId).executeUpdate();
    }

    private static JsonPath eventInvolving(String name) {
        JsonPath answer = graphql("query($q: String) { events(involving: $q) { edges { node { id date status "
                + "corrections { field value } sources { articleId } } } } }", Map.of("q", name)).then().statusCode(200).extract().jsonPath();
        List<Object> nodes = answer.getList("data.events.edges.node");
        assertEquals(1, nodes.size(), answer.prettify());
        return new JsonPath(answer.prettify()).setRootPath("data.events.edges[0].node");
    }

    private static String entityId(String name) {
        return graphql("query($q: String) { entities(search: $q, type: PERSON, first: 1) { edges { node { id } } } }", Map.of("q", name))
                .then().statusCode(200).extract().path("data.entities.edges[0].node.id");
    }

    private static io.restassured.response.Response graphql(String query) {
        return graphql(query, Map.of());
    }

    private static io.restassured.response.Response graphql(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables)).when().post("/graphql");
    }

    private static void extract(String articleId, String text) {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "text", text, "publishedAt", "2024-05-21"))
                .when().post("/extractions").then().statusCode(200);
    }
}
