package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the knowledge base does not know resolve to one entity across articles (SYNTHETIC articles, not real news). */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class EntityResolutionTest {

    @Test
    void anUnknownNameInTwoArticlesAndTwoSpellingsIsOneEntity() {
        extract("synthetic-r1", """
                (نص تجريبي) استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، يوم الاثنين بالرباط، السيد كريستوفر دالمان، \
                مدير الشرطة الجنائية السويدية، لبحث التعاون الأمني.""");
        extract("synthetic-r2", """
                (نص تجريبي) أجرى السيد كريستوفر دالمان، مدير الشرطة الجنائية السويدية، مباحثات بالرباط مع مسؤولين أمنيين مغاربة.""");
        extract("synthetic-r3", """
                (نص تجريبي) وصل السيد كريستوفر دالمن، مدير الشرطة الجنائية السويدية، إلى الدار البيضاء في زيارة عمل.""");
        List<Map<String, Object>> found = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ entities(search: \"كريستوفر دالمان\", type: PERSON) { edges { node { id name aliases mentionCount } } } }"))
                .when().post("/graphql").then().statusCode(200).extract().path("data.entities.edges.node");
        assertEquals(1, found.stream().filter(e -> String.valueOf(e.get("name")).contains("كريستوفر")).count(), found.toString());
        Map<String, Object> person = found.get(0);
        assertTrue((Integer) person.get("mentionCount") >= 3, person.toString());
        assertTrue(String.valueOf(person.get("aliases")).contains("دالمن") || String.valueOf(person.get("name")).contains("دالمن"), person.toString());
    }

    private static void extract(String articleId, String text) {
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "text", text, "publishedAt", "2024-05-14"))
                .when().post("/extractions").then().statusCode(200);
    }
}
