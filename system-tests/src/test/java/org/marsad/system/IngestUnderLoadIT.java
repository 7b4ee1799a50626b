package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: ingest under load through the real services. 2,000 generated pages (recombined seed stories, so many
 * share people and happenings) go in at concurrency 8: the first half while entity-service is down (they wait
 * in the outbox without costing attempts or growing backoff), the second half while the backlog drains. Every
 * article must be extracted once, without a single failed delivery or server error, into the same graph as a
 * second system given the same pages one at a time, in the order the first one's extractions took effect.
 */
class IngestUnderLoadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGES = 2000;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(15);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void concurrentIngestThroughAnOutageGivesTheGraphOfASequentialOne(@TempDir Path corpus) throws Exception {
        List<Path> pages = generate(corpus, PAGES);
        Fingerprint concurrent;
        List<Path> extractionOrder;
        try (RunningSystem system = RunningSystem.start()) {
            system.stop("entity-service");
            Map<Path, String> ids = new java.util.HashMap<>(ingest(system, pages.subList(0, PAGES / 2), 8));
            Thread.sleep(3000); // several ticks of the outbox against an unreachable entity-service
            // attempts counts deliveries that reached entity-service (the seeds' among them): none of those waiting.
            assertEquals(0, system.sql("marsad_articles",
                            "SELECT count(*) FROM outbox_message WHERE attempts > 0 AND delivered_at IS NULL"),
                    "deliveries to an unreachable entity-service were counted as attempts");
            // A batch being delivered is leased for minutes, but only for the instant its calls take; a grown backoff stays.
            waitUntil(() -> system.sql("marsad_articles",
                            "SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND next_attempt_at > now() + interval '10 seconds'") == 0,
                    Duration.ofSeconds(10), "backoff grew while entity-service was unreachable");

            system.start("entity-service");
            long restarted = System.nanoTime();
            String delivered = "SELECT count(*) FROM outbox_message WHERE delivered_at IS NOT NULL";
            long before = system.sql("marsad_articles", delivered);
            ExecutorService rest = Executors.newSingleThreadExecutor();
            var secondHalf = rest.submit(() -> ingest(system, pages.subList(PAGES / 2, PAGES), 8));
            // Nothing waits on a grown backoff (checked above): a full batch is delivered soon after entity-service is ready
            // (a batch is counted once all its 32 extractions are stored, which takes tens of seconds on a busy machine).
            waitUntil(() -> system.sql("marsad_articles", delivered) >= before + 32, Duration.ofSeconds(60),
                    "the backlog did not start draining (a batch of 32 within 60 s) once entity-service was ready");
            ids.putAll(secondHalf.get());
            rest.shutdown();
            waitUntil(() -> outbox(system).path("pending").asLong() == 0, DRAIN_LIMIT, "extraction did not finish");
            System.out.printf("IngestUnderLoadIT: %d pages extracted %.0f s after entity-service came back%n", PAGES,
                    (System.nanoTime() - restarted) / 1e9);

            assertNothingFailed(system);
            concurrent = Fingerprint.of(system);
            extractionOrder = inOrderOfExtraction(system, ids);
        }
        // Merging tellings into events depends on the order they come in (a telling may fit either of two events),
        // so the sequential run takes the pages in the order the concurrent one settled on.
        Fingerprint sequential;
        try (RunningSystem system = RunningSystem.start(Map.of("MARSAD_OUTBOX_PARALLELISM", "1", "MARSAD_OUTBOX_BATCH_SIZE", "1"))) {
            ingest(system, extractionOrder, 1);
            waitUntil(() -> outbox(system).path("pending").asLong() == 0, DRAIN_LIMIT, "extraction did not finish");
            assertNothingFailed(system);
            sequential = Fingerprint.of(system);
        }
        assertTrue(concurrent.events() > 100, () -> "the corpus should give many events: " + concurrent);
        assertEquals(sequential, concurrent, "concurrent delivery gave another graph than one article at a time");
    }

    /** Every article extracted exactly once, no delivery failed or was refused, no server error in entity-service. */
    private static void assertNothingFailed(RunningSystem system) throws Exception {
        // attempts counts deliveries that reached entity-service, the acknowledged one included: one each.
        assertEquals(0, system.sql("marsad_articles", "SELECT count(*) FROM outbox_message WHERE attempts <> 1 OR failed_at IS NOT NULL"),
                "some deliveries failed");
        assertExtractedOnce(system);
    }

    /** Every article delivered and extracted exactly once (one run each, one event source per event told), no server error in entity-service. */
    static void assertExtractedOnce(RunningSystem system) throws Exception {
        long articles = system.sql("marsad_articles", "SELECT count(*) FROM article");
        assertEquals(articles, system.sql("marsad_articles", "SELECT count(*) FROM outbox_message WHERE delivered_at IS NOT NULL"),
                "articles not delivered");
        assertEquals(articles, system.sql("marsad_entities", "SELECT count(*) FROM extraction_run"), "articles without an extraction");
        assertEquals(system.sql("marsad_entities", "SELECT coalesce(sum(events), 0) FROM extraction_run"),
                system.sql("marsad_entities", "SELECT count(*) FROM event_source"),
                "event sources are not one per event an article tells");
        String log = system.log("entity-service");
        assertFalse(log.contains(" ERROR "), () -> "entity-service logged errors:\n" + errors(log));
        assertFalse(log.contains("duplicate key"), () -> "entity-service hit a duplicate key:\n" + errors(log));
    }

    private static String errors(String log) {
        return log.lines().filter(l -> l.contains("ERROR") || l.contains("duplicate key")).limit(20).reduce("", (a, b) -> a + b + "\n");
    }

    /** The pages GenerateCorpus makes from the seeds, in file order. */
    static List<Path> generate(Path dir, int count) throws Exception {
        Path root = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve("scripts/bench/GenerateCorpus.java").toString(), dir.toString(), String.valueOf(count), "7",
                root.resolve("seeds/articles").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, () -> "GenerateCorpus failed: " + output);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
            assertEquals(count, pages.size());
            return pages;
        }
    }

    /** POSTs each page to article-service, {@code concurrency} at a time; every one must be accepted. Returns page → article id. */
    static Map<Path, String> ingest(RunningSystem system, List<Path> pages, int concurrency) throws Exception {
        String token = system.token();
        AtomicInteger next = new AtomicInteger();
        var refused = new ConcurrentLinkedQueue<String>();
        Map<Path, String> ids = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < pages.size(); ) {
                    String body = JSON.writeValueAsString(Map.of("text", Files.readString(pages.get(i), StandardCharsets.UTF_8)));
                    var answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.articleService() + "/articles"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 201 && answer.statusCode() != 200) {
                        refused.add(pages.get(i).getFileName() + ": HTTP " + answer.statusCode() + " " + answer.body());
                    } else {
                        ids.put(pages.get(i), JSON.readTree(answer.body()).path("id").asText());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(15, TimeUnit.MINUTES), "ingest did not finish");
        assertTrue(refused.isEmpty(), () -> "pages refused: " + refused.stream().limit(5).toList());
        return ids;
    }

    /**
     * The pages in the order their extractions took effect. Writers that touch the same events store their runs one
     * after the other, holding the events' locks, so this is an order in which extracting the pages one at a time
     * must give the same graph.
     */
    static List<Path> inOrderOfExtraction(RunningSystem system, Map<Path, String> ids) throws Exception {
        Map<String, Path> byId = new java.util.HashMap<>();
        ids.forEach((page, id) -> byId.put(id, page));
        List<Path> order = new ArrayList<>();
        system.query("marsad_entities", "SELECT article_id FROM extraction_run ORDER BY processed_at, article_id", r -> {
            Path page = byId.get(r.getString(1));
            if (page != null) { // not one of the seeds ./marsad up loads
                order.add(page);
            }
        });
        assertEquals(ids.size(), order.size());
        return order;
    }

    static JsonNode outbox(RunningSystem system) throws IOException, InterruptedException {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.articleService() + "/outbox")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }

    static void waitUntil(Check check, Duration limit, String failure) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, failure);
            Thread.sleep(250);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /**
     * The graph, independent of the ids the two systems gave: how many of each thing, and a hash of every event
     * as the set of sentences (article body hash and offset) that tell it.
     */
    record Fingerprint(long articles, long entities, long mentions, long roles, long events, long sources, String eventHash) {

        static Fingerprint of(RunningSystem system) throws Exception {
            Map<Long, String> bodyHash = new java.util.HashMap<>();
            system.query("marsad_articles", "SELECT id, body_hash FROM article", r -> bodyHash.put(r.getLong(1), r.getString(2)));
            Map<Long, List<String>> sentences = new java.util.TreeMap<>();
            system.query("marsad_entities", "SELECT event_id, article_id, start_offset FROM event_source",
                    r -> sentences.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(bodyHash.get(Long.parseLong(r.getString(2))) + "@" + r.getInt(3)));
            List<String> events = sentences.values().stream().map(s -> s.stream().sorted().toList().toString()).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            events.forEach(e -> sha.update((e + "\n").getBytes(StandardCharsets.UTF_8)));
            return new Fingerprint(
                    system.sql("marsad_articles", "SELECT count(*) FROM article"),
                    system.sql("marsad_entities", "SELECT count(*) FROM entity"),
                    system.sql("marsad_entities", "SELECT count(*) FROM mention"),
                    system.sql("marsad_entities", "SELECT count(*) FROM entity_role"),
                    system.sql("marsad_entities", "SELECT count(*) FROM event"),
                    system.sql("marsad_entities", "SELECT count(*) FROM event_source"),
                    HexFormat.of().formatHex(sha.digest()));
        }
    }
}
