package org.marsad.entity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures event merging on real multi-outlet clusters: several outlets' reports of one happening must end up
 * sharing an event, and a look-alike happening (the same people another day) must not. The articles are third-party
 * text and not part of the project: the test runs when {@code -Dmarsad.eval.real=DIR} (or {@code MARSAD_EVAL_REAL})
 * names a folder with a {@code clusters-dev} subfolder holding the articles ({@code cNN_aK_slug.txt} for cluster
 * NN, {@code dNN_slug.txt} for a decoy) and its {@code clusters.json}. Every article is extracted into an empty
 * graph, in file order and then in reverse order; two articles are linked when an event has a source in each.
 * {@code -Dmarsad.eval.verbose=true} prints each article's events.
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class ClusterMergingEvaluationTest {

    // A ratchet, raised with each round: the bar aimed at is pairwise recall 0.8 in both orders (docs/QUALITY.md).
    // No decoy may ever be merged into its look-alike.
    private static final double RECALL_FLOOR = 0.44;
    private static final String TOKEN = "Bearer test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void outletsReportingOneHappeningShareOneEventAndLookAlikesStayApart() {
        Path dir = clustersDir();
        Map<String, String> clusterOf = clusters(dir);
        Map<String, String> lookAlikes = lookAlikes(dir);
        List<Path> articles = articles(dir);
        List<Path> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        List<String> failures = new ArrayList<>();
        for (var order : List.of(Map.entry("file order", articles), Map.entry("reverse order", reversed))) {
            emptyGraph();
            order.getValue().forEach(ClusterMergingEvaluationTest::extract);
            Pairs pairs = Pairs.of(links(), clusterOf, lookAlikes);
            System.out.printf("CLUSTER EVAL %s (%d articles from %s): pairwise recall %.3f (%d/%d), precision %.3f (%d/%d), "
                            + "decoys merged %s, cross-cluster pairs %s%n", order.getKey(), articles.size(), dir.toAbsolutePath().normalize(),
                    pairs.recall(), pairs.found(), pairs.gold(), pairs.precision(), pairs.found(), pairs.linked(),
                    pairs.decoysMerged(), pairs.wrong());
            if (Boolean.getBoolean("marsad.eval.verbose")) {
                System.out.println(report());
            }
            if (!pairs.decoysMerged().isEmpty()) {
                failures.add(order.getKey() + ": decoys merged " + pairs.decoysMerged());
            }
            if (pairs.recall() < RECALL_FLOOR) {
                failures.add(order.getKey() + ": pairwise recall " + pairs.recall() + " below " + RECALL_FLOOR);
            }
        }
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    @Transactional
    void emptyGraph() {
        TestGraph.keepOnlyTheKnowledgeBase(em);
    }

    /** Linked pairs of articles against the clusters' pairs. */
    record Pairs(int gold, int found, int linked, Set<String> decoysMerged, Set<String> wrong) {

        /** {@code lookAlikes}: the cluster each decoy must stay apart from (it may share a background event with another). */
        static Pairs of(Set<List<String>> links, Map<String, String> clusterOf, Map<String, String> lookAlikes) {
            Map<String, Integer> sizes = new HashMap<>();
            clusterOf.values().stream().filter(c -> !c.isEmpty()).forEach(c -> sizes.merge(c, 1, Integer::sum));
            int gold = sizes.values().stream().mapToInt(n -> n * (n - 1) / 2).sum();
            int found = 0;
            Set<String> decoys = new TreeSet<>();
            Set<String> wrong = new TreeSet<>();
            for (List<String> pair : links) {
                String a = clusterOf.getOrDefault(pair.get(0), "");
                String b = clusterOf.getOrDefault(pair.get(1), "");
                if (!a.isEmpty() && a.equals(b)) {
                    found++;
                } else {
                    wrong.add(pair.get(0) + " ~ " + pair.get(1));
                    if (lookAlikes.containsKey(pair.get(0)) && lookAlikes.get(pair.get(0)).equals(b)
                            || lookAlikes.containsKey(pair.get(1)) && lookAlikes.get(pair.get(1)).equals(a)) {
                        decoys.add(pair.get(0) + " ~ " + pair.get(1));
                    }
                }
            }
            return new Pairs(gold, found, links.size(), decoys, wrong);
        }

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        double precision() {
            return linked == 0 ? 1 : (double) found / linked;
        }
    }

    /** Every pair of articles (sorted) that some event has a source in both of. */
    private static Set<List<String>> links() {
        Set<List<String>> links = new TreeSet<>(Comparator.LIST);
        for (JsonNode event : events()) {
            List<String> sources = new ArrayList<>(new TreeSet<>(event.findValuesAsText("articleId")));
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    links.add(List.of(sources.get(i), sources.get(j)));
                }
            }
        }
        return links;
    }

    /** Each article's events: type, status, date, place, participants, and the other articles that share it. */
    private static String report() {
        Map<String, List<String>> byArticle = new java.util.TreeMap<>();
        for (JsonNode event : events()) {
            Set<String> sources = new TreeSet<>(event.findValuesAsText("articleId"));
            List<String> people = new ArrayList<>();
            event.path("participants").forEach(p -> people.add(p.path("entity").path("name").asText()));
            String line = String.join(" | ", event.path("type").asText(), event.path("status").asText(),
                    event.path("date").asText("-"), event.path("location").path("name").asText("-"), people.toString());
            for (String s : sources) {
                Set<String> others = new TreeSet<>(sources);
                others.remove(s);
                byArticle.computeIfAbsent(s, k -> new ArrayList<>()).add(line + (others.isEmpty() ? "" : " ~ " + others));
            }
        }
        StringBuilder out = new StringBuilder();
        byArticle.forEach((article, lines) -> {
            out.append(article).append('\n');
            lines.forEach(l -> out.append("    ").append(l).append('\n'));
        });
        return out.toString();
    }

    private static List<JsonNode> events() {
        String query = """
                query($after: String) { events(first: 100, after: $after) { hasNextPage endCursor
                  edges { node { type status date location { name } participants { entity { name } } sources { articleId } } } } }""";
        List<JsonNode> events = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            String body = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                    .when().post("/graphql").then().statusCode(200).body("errors", equalTo(null)).extract().asString();
            JsonNode page;
            try {
                page = JSON.readTree(body).path("data").path("events");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page.path("edges").forEach(e -> events.add(e.path("node")));
            after = page.path("hasNextPage").asBoolean() ? page.path("endCursor").asText() : null;
        } while (after != null);
        return events;
    }

    /** Posts an article, its header's DATE (a day, or a month only) as the publication date. */
    private static void extract(Path file) {
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = raw.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].matches("(URL|OUTLET|DATE):.*")) {
            String[] kv = lines[i].split(":", 2);
            header.put(kv[0], kv[1].strip());
            i++;
        }
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String text = String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length));
        Map<String, Object> body = new HashMap<>(Map.of("articleId", file.getFileName().toString(), "text", text));
        String date = header.get("DATE");
        if (date != null) {
            body.put("publishedAt", date);
        }
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body)
                .when().post("/extractions").then().statusCode(200);
    }

    private static Path clustersDir() {
        String root = System.getProperty("marsad.eval.real", System.getenv("MARSAD_EVAL_REAL"));
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "CLUSTER EVAL skipped: no real articles configured (-Dmarsad.eval.real=DIR or MARSAD_EVAL_REAL)");
        Path dir = Path.of(root, "clusters-dev");
        Assumptions.assumeTrue(Files.isDirectory(dir), "CLUSTER EVAL skipped: no clusters-dev folder under " + root);
        return dir;
    }

    private static List<Path> articles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each article's cluster id from clusters.json; a decoy's is empty. */
    private static Map<String, String> clusters(Path dir) {
        try {
            JsonNode doc = JSON.readTree(dir.resolve("clusters.json").toFile());
            Map<String, String> clusterOf = new HashMap<>();
            doc.path("clusters").forEach(c -> c.path("articles").forEach(a -> clusterOf.put(a.asText(), c.path("id").asText())));
            articles(dir).forEach(f -> clusterOf.putIfAbsent(f.getFileName().toString(), ""));
            assertEquals(false, clusterOf.isEmpty(), "no articles in " + dir);
            return clusterOf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster each decoy looks like. */
    private static Map<String, String> lookAlikes(Path dir) {
        try {
            Map<String, String> lookAlikes = new HashMap<>();
            JSON.readTree(dir.resolve("clusters.json").toFile()).path("decoys")
                    .forEach(d -> lookAlikes.put(d.path("article").asText(), d.path("looks_like").asText()));
            return lookAlikes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Orders pairs of names. */
    private enum Comparator implements java.util.Comparator<List<String>> {
        LIST;

        @Override
        public int compare(List<String> a, List<String> b) {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        }
    }
}
