package org.marsad.gateway.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public schema is committed (src/main/resources/schema.graphql) and described throughout. A change to the API
 * shows up as a diff of that file in review: run with -Dmarsad.update-schema=true to write the served schema there.
 */
@QuarkusTest
class SchemaDocumentationTest {

    private static final Path COMMITTED = Path.of("src/main/resources/schema.graphql");
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("marsad.update-schema")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertEquals(committed, served, "The served schema differs from " + COMMITTED
                + ": review the change, then run this test with -Dmarsad.update-schema=true and commit the file");
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        JsonPath schema = given().contentType(ContentType.JSON).body(Map.of("query", """
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }"""))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        List<String> undescribed = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
                continue;
            }
            checked += check(undescribed, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                checked += check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> arg : list(field, "args")) {
                    checked += check(undescribed, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                checked += check(undescribed, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                checked += check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertTrue(checked > 200, "checked " + checked);
        assertEquals(List.of(), undescribed, "needs a @Description");
    }

    private static int check(List<String> undescribed, String what, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(what);
        }
        return 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> owner, String key) {
        Object value = owner.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
