package org.marsad.gateway.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged gateway as a black box (the JAR in {@code ./mvnw verify}, the native executable in the native
 * workflow), with its services unreachable (the test profile points them at a closed port): the schema and GraphiQL
 * are served, a client's mistake and a missing service each come back as a GraphQL error with a code.
 */
@QuarkusIntegrationTest
class GatewayIT {

    @Test
    void servesItsSchemaAndGraphiQL() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Event"));
        given().when().get("/q/graphql-ui/").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void answersMistakesAndAMissingServiceWithCodes() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { ingestArticle(input: {text: \"x\"}) { duplicate } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ events(involving: \"DGSN\") { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("errors[0].message", containsString("entity-service"));
    }
}
