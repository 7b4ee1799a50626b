package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's examples cannot drift: each ```graphql block is run against the system as ./marsad up starts it, and
 * the figures shown in the ```json block after it must be in the real answer: every totalCount (in order), and every
 * name, title, outlet, type, status and date shown. An excerpt may leave things out ("…"), never show other values.
 */
@ExtendWith(SharedSystem.class)
@Order(1) // before the tests that correct and re-extract events
class ReadmeExamplesIT {

    private static final Pattern EXAMPLE = Pattern.compile("(?s)```graphql\\n(.*?)```(.*?)(?=```graphql|\\z)");
    private static final Pattern ANSWER = Pattern.compile("(?s)```json\\n(.*?)```");
    private static final Pattern COUNT = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)");
    private static final Pattern SHOWN = Pattern.compile("\"(name|title|outlet|type|status|date)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> CHECKED_KEYS = Set.of("name", "title", "outlet", "type", "status", "date");

    @TestFactory
    List<DynamicTest> everyReadmeQueryGivesTheFiguresShown() throws IOException {
        Path readme = Path.of(System.getProperty("marsad.root", "..")).resolve("README.md");
        Matcher examples = EXAMPLE.matcher(Files.readString(readme, StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        while (examples.find()) {
            String query = examples.group(1).strip();
            Matcher answer = ANSWER.matcher(examples.group(2));
            assertTrue(answer.find(), () -> "README: a ```json answer must follow the query " + query);
            String shown = answer.group(1);
            tests.add(DynamicTest.dynamicTest(query.length() > 60 ? query.substring(0, 60) + "…" : query,
                    () -> check(query, shown)));
        }
        assertTrue(tests.size() >= 3, "README examples found: " + tests.size());
        return tests;
    }

    private static void check(String query, String shown) throws Exception {
        JsonNode answer = SharedSystem.get().graphql(query, Map.of(), null);
        assertFalse(answer.has("errors"), answer::toString);
        Map<String, List<String>> actual = new LinkedHashMap<>();
        collect(answer.path("data"), null, actual);

        List<String> shownCounts = new ArrayList<>();
        Matcher counts = COUNT.matcher(shown);
        while (counts.find()) {
            shownCounts.add(counts.group(1));
        }
        List<String> actualCounts = actual.getOrDefault("totalCount", List.of());
        assertTrue(actualCounts.size() >= shownCounts.size(), () -> "README shows more totalCounts than " + answer);
        assertEquals(shownCounts, actualCounts.subList(0, shownCounts.size()), "totalCount shown in the README");

        Matcher values = SHOWN.matcher(shown);
        while (values.find()) {
            String key = values.group(1);
            String value = values.group(2).replace("\\\"", "\"");
            assertTrue(actual.getOrDefault(key, List.of()).contains(value),
                    () -> "README shows " + key + " \"" + value + "\", absent from the real answer " + answer);
        }
    }

    /** Every scalar of the answer by its field name, in document order. */
    private static void collect(JsonNode node, String key, Map<String, List<String>> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), into));
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, key, into));
        } else if (key != null && (key.equals("totalCount") || CHECKED_KEYS.contains(key)) && !node.isNull()) {
            into.computeIfAbsent(key, k -> new ArrayList<>()).add(node.asText());
        }
    }
}
