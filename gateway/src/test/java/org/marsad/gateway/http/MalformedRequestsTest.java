package org.marsad.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever arrives at /graphql is answered in the GraphQL shape with errors[].extensions.code, with a 4xx only where
 * GraphQL over HTTP says so (a body that is not a GraphQL request), never a 5xx; and the gateway keeps answering.
 */
@QuarkusTest
class MalformedRequestsTest {

    private record Case(String name, String contentType, byte[] body, int status, String code) {
        Case(String name, String body, int status, String code) {
            this(name, "application/json", body.getBytes(StandardCharsets.UTF_8), status, code);
        }
    }

    @Test
    void malformedBodiesGetACodeNeverAServerError() {
        byte[] notUtf8 = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', '{', ' ', (byte) 0xff, (byte) 0xfe, '}', '"', '}'};
        List<Case> cases = List.of(
                new Case("variables as a string", "{\"query\": \"{ __typename }\", \"variables\": \"nope\"}", 400, "BAD_REQUEST"),
                new Case("variables as a list", "{\"query\": \"{ __typename }\", \"variables\": [1, 2]}", 400, "BAD_REQUEST"),
                new Case("a list instead of an object", "[{\"query\": \"{ __typename }\"}]", 400, "BAD_REQUEST"),
                new Case("broken JSON", "{\"query\": \"{ __typename }\"", 400, "BAD_REQUEST"),
                new Case("no query", "{\"variables\": {}}", 400, "BAD_REQUEST"),
                new Case("a number as query", "{\"query\": 5}", 400, "BAD_REQUEST"),
                new Case("operationName not a string", "{\"query\": \"{ __typename }\", \"operationName\": 3}", 400, "BAD_REQUEST"),
                new Case("empty body", "", 400, "BAD_REQUEST"),
                new Case("not UTF-8", "application/json", notUtf8, 400, "BAD_REQUEST"),
                new Case("wrong variable type", """
                        {"query": "query($n: Int) { events(first: $n) { totalCount } }", "variables": {"n": "ten"}}""", 200, "BAD_REQUEST"),
                new Case("unknown operation name", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}", 200, "BAD_REQUEST"),
                new Case("a syntax error", "{\"query\": \"{ events( }\"}", 200, "BAD_REQUEST"),
                new Case("an unknown field", "{\"query\": \"{ nope }\"}", 200, "BAD_REQUEST"),
                new Case("a huge string argument", "{\"query\": \"{ extract(text: \\\"" + "x".repeat(3_000_000) + "\\\") { events { type } } }\"}",
                        413, "BAD_REQUEST"));
        for (Case c : cases) {
            Response response = given().contentType(c.contentType()).body(c.body()).when().post("/graphql");
            assertEquals(c.status(), response.statusCode(), c.name() + ": " + response.asString());
            assertEquals(c.code(), response.jsonPath().getString("errors[0].extensions.code"), c.name() + ": " + response.asString());
            assertNotNull(response.jsonPath().getString("errors[0].message"), c.name());
            assertTrue(response.contentType().contains("json"), c.name() + ": " + response.contentType());
        }
        stillAnswers();
    }

    @Test
    void otherMethodsAndMutationsOverGetGetACode() {
        given().when().put("/graphql").then().statusCode(405).header("Allow", "GET, POST")
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", "mutation { addAlias(entity: \"1\", alias: \"x\") { id } }").when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", "{ __typename }").queryParam("variables", "[]").when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        stillAnswers();
    }

    @Test
    void queriesCanBeAskedWithGet() {
        given().queryParam("query", "{ __typename }").when().get("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    private static void stillAnswers() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
