package org.marsad.article.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.postgres.LocalPostgresResource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of bad input gets a 4xx with a JSON {status, code, message}, stores nothing (the article
 * count and the outbox are unchanged) and leaves the service healthy.
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_articles_test"))
class BadInputTest {

    private static final String TOKEN = "Bearer test-token";
    private static final String PROSE = "Synthetic article: officials of the two police services met in Rabat on Monday to discuss cooperation.";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("empty JSON text", 400, "BAD_REQUEST", () -> json(Map.of("text", ""))),
                bad("blank JSON text", 400, "BAD_REQUEST", () -> json(Map.of("text", " \n\t "))),
                bad("missing text", 400, "BAD_REQUEST", () -> json(Map.of("url", "https://example.org/a"))),
                bad("JSON null", 400, "BAD_REQUEST", () -> json("null")),
                bad("truncated JSON", 400, "INVALID_JSON", () -> json("{\"text\": \"abc")),
                bad("not JSON at all", 400, "INVALID_JSON", () -> json("text=hello")),
                bad("text of the wrong type", 400, "INVALID_JSON", () -> json("{\"text\": {\"nested\": true}}")),
                bad("an array where an object belongs", 400, "INVALID_JSON", () -> json("[{\"text\": \"x\"}]")),
                bad("invalid UTF-8 in JSON", 400, "INVALID_JSON", () -> raw(ContentType.JSON, bytes("{\"text\": \"", new byte[]{(byte) 0xC3, 0x28}, "\"}"))),
                bad("invalid UTF-8 in HTML", 400, "INVALID_ENCODING", () -> raw(ContentType.HTML, bytes("<p>", new byte[]{(byte) 0xFF, (byte) 0xFE}, "</p>"))),
                bad("empty HTML body", 400, "BAD_REQUEST", () -> raw(ContentType.HTML, new byte[0])),
                bad("binary data as text", 422, "UNUSABLE_ARTICLE", () -> raw(ContentType.TEXT, bytes(PROSE, new byte[]{0, 1, 2, 0}, PROSE))),
                bad("text without prose", 422, "UNUSABLE_ARTICLE", () -> json(Map.of("text", "Home | News | Contact"))),
                bad("impossible date", 400, "BAD_REQUEST", () -> json(Map.of("text", PROSE, "publishedAt", "2024-02-30"))),
                bad("date that is not a date", 400, "BAD_REQUEST", () -> json(Map.of("text", PROSE, "publishedAt", "yesterday-ish"))),
                bad("language that is not a code", 400, "BAD_REQUEST", () -> json(Map.of("text", PROSE, "language", "arabic"))),
                bad("url that is not http", 400, "BAD_REQUEST", () -> json(Map.of("text", PROSE, "url", "javascript:alert(1)"))),
                bad("text over the limit", 413, "ARTICLE_TOO_LARGE", () -> json(Map.of("text", PROSE + " ".repeat(200_000)))),
                bad("body over the HTTP limit", 413, "PAYLOAD_TOO_LARGE", () -> raw(ContentType.TEXT, new byte[(int) (3.5 * 1024 * 1024)])),
                bad("unsupported media type", 415, "UNSUPPORTED_MEDIA_TYPE", () -> raw(ContentType.XML, bytes("<a/>"))),
                bad("no token", 401, "UNAUTHENTICATED", () -> new Request(given().contentType(ContentType.JSON).body(Map.of("text", PROSE)), "/articles")),
                bad("bulk with no articles", 400, "BAD_REQUEST", () -> bulk("[]")),
                bad("bulk over the limit", 413, "TOO_MANY_ARTICLES", () -> bulk(List.of(1, 2, 3, 4, 5, 6).stream().map(i -> Map.of("text", PROSE + i)).toList())),
                bad("bulk that is not an array", 400, "INVALID_JSON", () -> bulk("{\"text\": \"x\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedClearlyAndStoresNothing(String name, int status, String code, Supplier<Request> request) {
        long articlesBefore = total();
        long pendingBefore = pending();
        Request r = request.get();
        r.spec().when().post(r.path())
                .then().statusCode(status).contentType(ContentType.JSON)
                .body("status", equalTo(status)).body("code", equalTo(code)).body("message", not(emptyOrNullString()));
        assertEquals(articlesBefore, total(), "an article was stored");
        assertEquals(pendingBefore, pending(), "an outbox message was written");
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static long total() {
        return given().when().get("/articles?first=1").then().statusCode(200).extract().jsonPath().getLong("totalCount");
    }

    private static long pending() {
        return given().when().get("/outbox").then().statusCode(200).extract().jsonPath().getLong("pending");
    }

    private static Arguments bad(String name, int status, String code, Supplier<Request> request) {
        return Arguments.of(name, status, code, request);
    }

    private static Request json(Object body) {
        return new Request(given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body), "/articles");
    }

    private static Request raw(ContentType type, byte[] body) {
        return new Request(given().header("Authorization", TOKEN).contentType(type.withCharset(StandardCharsets.UTF_8)).body(body), "/articles");
    }

    private static Request bulk(Object body) {
        return new Request(given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body), "/articles/bulk");
    }

    private static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    record Request(RequestSpecification spec, String path) {
    }
}
