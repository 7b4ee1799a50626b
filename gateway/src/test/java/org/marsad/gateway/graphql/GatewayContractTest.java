package org.marsad.gateway.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway on its own (its services are not running here): the public schema keeps the contract's names,
 * and every failure reaches the client as a GraphQL error with a code. The full path is in system-tests.
 */
@QuarkusTest
class GatewayContractTest {

    @Test
    void schemaHasTheContractsNames() {
        String sdl = withoutDescriptions(given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        for (String expected : new String[] {
                "events(after: String, first: Int = 20, from: String, involving: String, to: String, topic: Topic, type: EventType): EventConnection!",
                "extract(publishedAt: String, text: String!): ExtractionPreview!",
                "ingestArticle(input: ArticleInput!): IngestResult!",
                // A field another service serves is nullable: while that service is down the rest is still answered.
                "type EventSource {\n  article: Article\n", "evidence: TextSpan!",
                "articles(after: String, extraction: ExtractionStatus, first: Int = 20", "extraction: ArticleExtraction!",
                "type Participant {", "type Role {", "pageInfo: PageInfo!", "endCursor: String",
                "mentionCount: Int!", "datePrecision: DatePrecision",
                // Additions beyond the contract: curation, provenance, search snippets, near-duplicates.
                "mergeEntities(from: ID!, into: ID!): Entity!", "splitEntity(aliases: [String!]!, id: ID!): Entity!",
                "correctEvent(correction: EventCorrectionInput!, id: ID!): Event!", "disagreements: [Disagreement!]!",
                "corrections: [Correction!]!", "snippet: String", "nearDuplicates: [NearDuplicate!]\n"}) {
            org.junit.jupiter.api.Assertions.assertTrue(sdl.contains(expected), () -> "schema lacks: " + expected + "\n" + sdl);
        }
    }

    /** The SDL with its descriptions left out and each field's arguments on one line, as docs/CONTRACT.md writes them. */
    static String withoutDescriptions(String sdl) {
        String lines = sdl.replaceAll("(?s)\"\"\".*?\"\"\"", "").lines()
                .filter(line -> !line.strip().startsWith("\""))
                .collect(java.util.stream.Collectors.joining("\n"));
        return lines.replaceAll("\\(\\s+", "(").replaceAll(",\\s+", ", ").replaceAll("\\s+\\)", ")");
    }

    @Test
    void curationWithoutATokenIsRefusedWithACode() {
        for (String mutation : new String[] {
                "mutation { mergeEntities(into: \"1\", from: \"2\") { id } }",
                "mutation { correctEvent(id: \"1\", correction: {date: \"2024\"}) { id } }",
                "mutation { removeAlias(entity: \"1\", alias: \"x\") { id } }"}) {
            given().contentType(ContentType.JSON).body(Map.of("query", mutation)).when().post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void ingestWithoutATokenIsRefusedWithACode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { ingestArticle(input: {text: \"x\"}) { duplicate } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("Bearer"));
    }

    @Test
    void blankTextForExtractIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ extract(text: \"  \") { entities { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aVariableOfTheWrongTypeIsOnlyABadRequest() {
        // Found by the malformed-input sweep: the refused argument also gave an INTERNAL "non null field was null" error.
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($n: Int) { events(first: $n) { totalCount } }", "variables", Map.of("n", "abc")))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors.extensions.code", everyItem(equalTo("BAD_REQUEST")))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void anUnreachableServiceIsReportedNotHidden() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ events(involving: \"DGSN\") { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("errors[0].message", containsString("entity-service"));
    }
}
