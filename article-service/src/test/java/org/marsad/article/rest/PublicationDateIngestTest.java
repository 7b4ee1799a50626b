package org.marsad.article.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Where a stored article's date comes from, and what the ingest answer says when there is none. */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class PublicationDateIngestTest {

    private static final String TOKEN = "Bearer test-token";

    @Test
    void aPlainTextWireTakesItsDateFromTheDateline() {
        String text = """
                Rabat et Paris renforcent leur coopération sécuritaire

                Paris, le 12 février 2025 — Le directeur général de la sûreté nationale a reçu son homologue français \
                pour un entretien consacré à la lutte antiterroriste et à l'échange de renseignements. Réf. %s.

                Les deux responsables ont convenu de se revoir en mai prochain à Rabat, selon un communiqué.""".formatted(UUID.randomUUID());
        String id = post(Map.of("text", text)).then().statusCode(201).body("undated", equalTo(false)).extract().path("id");
        given().when().get("/articles/" + id).then().body("publishedAt", equalTo("2025-02-12"));
    }

    @Test
    void anArabicDatelineWithAMoroccanMonthName() {
        String text = """
                الرباط في 3 مارس 2025 - أجرى المدير العام للأمن الوطني مباحثات مع وفد أمني إسباني تناولت سبل تعزيز التعاون \
                في مجال مكافحة الإرهاب والجريمة المنظمة وتبادل المعلومات بين البلدين. مرجع %s.

                وأكد الجانبان عزمهما على مواصلة التنسيق خلال شهر ماي المقبل.""".formatted(UUID.randomUUID());
        String id = post(Map.of("text", text)).then().statusCode(201).body("undated", equalTo(false)).extract().path("id");
        given().when().get("/articles/" + id).then().body("publishedAt", equalTo("2025-03-03"));
    }

    @Test
    void anArticleWithoutAnyDateIsStoredAndFlaggedUndated() {
        String text = """
                Security officials from both countries met to discuss cooperation against terrorism and organized crime, \
                and agreed to share information on suspected networks operating across the region. Reference %s.

                A further meeting is planned for next May, the statement said.""".formatted(UUID.randomUUID());
        String id = post(Map.of("text", text)).then().statusCode(201).body("undated", equalTo(true)).extract().path("id");
        given().when().get("/articles/" + id).then().body("publishedAt", equalTo(null));
        // Posting it again is a duplicate, still undated.
        post(Map.of("text", text)).then().statusCode(200).body("duplicate", equalTo(true)).body("undated", equalTo(true));
    }

    @Test
    void anUnreadablePublishedAtIsRefusedNotIgnored() {
        String text = "Security officials met in Rabat to discuss cooperation against terrorism and organized crime. "
                + UUID.randomUUID();
        post(Map.of("text", text, "publishedAt", "yesterday")).then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST")).body("message", containsString("yesterday"));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(new Object[] {Map.of("text", text, "publishedAt", "yesterday")})
                .when().post("/articles/bulk").then().statusCode(200)
                .body("failed", equalTo(1)).body("results[0].error.code", equalTo("BAD_REQUEST"));
    }

    private static io.restassured.response.Response post(Map<String, String> body) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body).when().post("/articles");
    }
}
