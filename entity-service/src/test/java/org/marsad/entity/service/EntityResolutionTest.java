package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.marsad.entity.extraction.SoundKey;
import org.marsad.entity.repository.EntityRepository;
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

    @Inject
    EntityManager em;

    @Inject
    EntityRepository entityRepository;

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

    @Test
    void aNameWrittenInArabicInOneArticleAndInLatinLettersInAnotherIsOneEntity() {
        extract("synthetic-s1", """
                (نص تجريبي) استقبل وزير الداخلية، يوم الاثنين بالرباط، السيد توماس ليندهولم، مدير الشرطة الوطنية الفنلندية، \
                لبحث التعاون الأمني.""");
        extract("synthetic-s2", """
                (texte synthétique) Le ministre de l'Intérieur a reçu lundi à Rabat M. Thomas Lindholm, directeur de la police nationale finlandaise.""");
        extract("synthetic-s3", """
                (texte synthétique) Le ministre de l'Intérieur a reçu mardi à Madrid M. Thomas Lindgren, directeur de la police nationale suédoise.""");
        List<Map<String, Object>> found = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ entities(search: \"Thomas\", type: PERSON) { edges { node { id name aliases } } } }"))
                .when().post("/graphql").then().statusCode(200).extract().path("data.entities.edges.node");
        List<Map<String, Object>> lindholm = found.stream().filter(e -> spellings(e).contains("Lindholm")).toList();
        assertEquals(1, lindholm.size(), found.toString());
        assertTrue(spellings(lindholm.get(0)).contains("ليندهولم"), lindholm.toString());
        assertTrue(found.stream().anyMatch(e -> spellings(e).contains("Lindgren") && !spellings(e).contains("Lindholm")),
                "a name that sounds different stays apart: " + found);
    }

    @Test
    void spellingsStoredBeforeSoundKeysExistedGetThemAtStart() {
        int filled = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("UPDATE entity_alias SET sound_key = NULL").executeUpdate();
            return entityRepository.fillMissingSoundKeys();
        });
        assertTrue(filled > 0, "older spellings found: " + filled);
        Number left = (Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT count(*) FROM entity_alias WHERE sound_key IS NULL").getSingleResult());
        assertEquals(0, left.intValue());
        String key = (String) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT sound_key FROM entity_alias WHERE alias = 'Abdellatif Hammouchi'").getSingleResult());
        assertEquals(SoundKey.of("عبد اللطيف حموشي"), key);
    }

    /** An entity's name and aliases, together. */
    private static String spellings(Map<String, Object> entity) {
        return entity.get("name") + " " + entity.get("aliases");
    }

    private static void extract(String articleId, String text) {
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "text", text, "publishedAt", "2024-05-14"))
                .when().post("/extractions").then().statusCode(200);
    }
}
