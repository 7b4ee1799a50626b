package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/CONTRACT.md describes the gateway's schema as it is: every type it lists has exactly the fields it shows. */
@ExtendWith(SharedSystem.class)
class ContractDocumentIT {

    private static final Pattern TYPE = Pattern.compile("(?s)\\b(?:type|input) (\\w+) \\{(.*?)}");
    private static final Pattern FIELD = Pattern.compile("(?m)(?:^|\\s)(\\w+)\\s*[(:]");

    @Test
    void theDocumentedTypesHaveTheLiveSchemasFields() throws Exception {
        String contract = Files.readString(Path.of(System.getProperty("marsad.root", "..")).resolve("docs/CONTRACT.md"),
                StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)```graphql\\n(.*?)```").matcher(contract);
        assertTrue(block.find(), "docs/CONTRACT.md has no graphql block");
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher type = TYPE.matcher(block.group(1).replaceAll("#[^\\n]*", ""));
        while (type.find()) {
            Set<String> fields = new TreeSet<>();
            Matcher field = FIELD.matcher(type.group(2).replaceAll("\\([^)]*\\)", "("));
            while (field.find()) {
                fields.add(field.group(1));
            }
            documented.put(type.group(1), fields);
        }
        assertTrue(documented.size() >= 20, () -> "types read from docs/CONTRACT.md: " + documented.keySet());

        JsonNode answer = SharedSystem.get().graphql(
                "{ __schema { types { name fields { name } inputFields { name } } } }", Map.of(), null);
        assertFalse(answer.has("errors"), answer::toString);
        Map<String, Set<String>> live = new TreeMap<>();
        for (JsonNode t : answer.path("data").path("__schema").path("types")) {
            Set<String> fields = new TreeSet<>();
            t.path("fields").forEach(f -> fields.add(f.path("name").asText()));
            t.path("inputFields").forEach(f -> fields.add(f.path("name").asText()));
            live.put(t.path("name").asText(), fields);
        }
        documented.forEach((name, fields) ->
                assertEquals(live.get(name), fields, "fields of " + name + " in docs/CONTRACT.md against the live schema"));
    }
}
