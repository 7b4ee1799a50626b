package org.marsad.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a browser front-end meets: CORS for the configured origins only (%test: https://app.example.org), a wrong token
 * answered as a GraphQL error rather than a raw 401, and GraphiQL opening on an example query.
 */
@QuarkusTest
class BrowserAccessTest {

    private static final String ALLOWED = "https://app.example.org";

    @Test
    void aConfiguredOriginMayCallAndOthersMayNot() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED);
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ALLOWED).contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aWrongTokenIsAGraphQLErrorOnReadsAndWrites() {
        for (String query : new String[] {"{ events(first: 1) { totalCount } }", "mutation { addAlias(entity: \"1\", alias: \"x\") { id } }"}) {
            given().header("Origin", ALLOWED).header("Authorization", "Bearer expired-or-wrong")
                    .contentType(ContentType.JSON).body(Map.of("query", query))
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", ALLOWED)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].message", equalTo("The bearer token is not valid: send a valid token, or none for reads"));
        }
    }

    @Test
    void theRightTokenPassesTheGate() {
        // The service behind is down here: reaching it proves that the gate and authentication let the request through.
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("query", "{ events(first: 1) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));
    }

    @Test
    void graphiqlOpensOnAnExampleQuery() {
        for (String path : new String[] {"/q/graphql-ui", "/q/graphql-ui/"}) {
            String location = given().redirects().follow(false).when().get(path).then().statusCode(302).extract().header("Location");
            assertTrue(location.startsWith("/q/graphql-ui/?query="), location);
            String example = URLDecoder.decode(location.substring(location.indexOf('=') + 1), StandardCharsets.UTF_8);
            // The example must itself be a query the gateway accepts.
            given().contentType(ContentType.JSON).body(Map.of("query", example)).when().post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));
        }
        given().when().get("/q/graphql-ui/?query=%7B__typename%7D").then().statusCode(200);
    }
}
