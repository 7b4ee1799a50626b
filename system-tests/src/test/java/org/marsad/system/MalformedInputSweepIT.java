package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: more than a thousand generated malformed requests, spread over every endpoint of the three services
 * (gateway /graphql queries and mutations, article REST JSON, HTML and bulk, entity-service extraction and curation):
 * random bytes, invalid UTF-8, huge strings, deep JSON, wrong types, broken variables and injection strings. Each must
 * be refused with a 4xx and a message, or answered with GraphQL errors; nothing may be stored; no service may log an
 * ERROR or a stack trace; every service must still be ready afterwards.
 */
@ExtendWith(SharedSystem.class)
class MalformedInputSweepIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 16;
    private static final List<String> INJECTIONS = List.of("' OR 1=1 --", "\"; DROP TABLE article; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00", "{{7*7}}", "$(reboot)", "\u0000", "\uFFFF");
    private static final String[] ARTICLE_TABLES = {"article", "outbox_message", "near_duplicate"};
    private static final String[] ENTITY_TABLES = {"entity", "entity_alias", "mention", "entity_role", "event", "event_source",
            "event_participant", "extraction_run", "entity_redirect", "entity_alias_block", "event_correction"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void malformedRequestsAreRefusedStoreNothingAndLeaveEveryServiceReady() throws Exception {
        RunningSystem system = SharedSystem.get();
        String token = system.token();
        String gateway = system.gatewayUrl();
        String articles = system.articleService();
        String entities = articles.replace(port(articles), system.entityPort());
        Map<String, Long> before = counts(system);
        Map<String, Integer> logLength = new LinkedHashMap<>();
        for (String service : new String[] {"gateway", "article-service", "entity-service"}) {
            logLength.put(service, system.log(service).length());
        }

        List<Probe> probes = new ArrayList<>();
        Random random = new Random(14);
        for (int round = 0; round < ROUNDS; round++) {
            String injection = INJECTIONS.get(round % INJECTIONS.size());
            byte[] noise = noise(random);
            String deep = "[".repeat(5_000 + round) + "]".repeat(5_000 + round);
            String huge = "x".repeat(600 + random.nextInt(2_000));

            // gateway: broken bodies and variables, wrong types, syntax errors, limits, mutations that must refuse.
            probes.add(Probe.bytes("POST", gateway, "application/json", noise, null));
            probes.add(Probe.bytes("POST", gateway, "application/json", invalidUtf8("{\"query\": \"{ articles { totalCount } }\", \"x\": \""), null));
            probes.add(Probe.text("POST", gateway, "application/json", "{\"query\": \"{ events { totalCount } }\", \"variables\": \"" + injection.replace("\"", "") + "\"}", null));
            probes.add(Probe.text("POST", gateway, "application/json", "{\"query\": \"{ events { totalCount } }\", \"variables\": [1, 2]}", null));
            probes.add(Probe.text("POST", gateway, "application/json", "{\"query\": 42}", null));
            probes.add(Probe.text("POST", gateway, "application/json", "{\"query\": \"" + deep.substring(0, 2_000) + "\"}", null));
            probes.add(Probe.text("POST", gateway, "application/json", deep, null));
            probes.add(Probe.graphql(gateway, "query($n: Int) { events(first: $n) { totalCount } }", Map.of("n", "abc" + round), null));
            probes.add(Probe.graphql(gateway, "query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", 1_000 + round), null));
            probes.add(Probe.graphql(gateway, "{ events(involving: \"x\", from: \"" + escape(injection) + "\") { totalCount } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ articles(search: \"" + huge + "\") { totalCount } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ entities(after: \"" + escape(injection) + round + "\") { totalCount } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ entities(minMentions: -" + (round + 1) + ") { totalCount } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ events(type: NOT_A_TYPE_" + round + ") { totalCount } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ article(id: " + round + ") { title ", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ " + "events { edges { node { participants { entity { events { edges { node { ".repeat(3) + "type" + " } } } } } } } }".repeat(3) + " }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "{ extract(text: \"   \") { entities { name } } }", Map.of(), null));
            probes.add(Probe.graphql(gateway, "mutation($t: String!) { ingestArticle(input: {text: $t}) { duplicate } }", Map.of("t", " ".repeat(round + 1)), token));
            probes.add(Probe.graphql(gateway, "mutation($t: String!) { ingestArticle(input: {text: $t}) { duplicate } }", Map.of("t", injection), null));
            probes.add(Probe.graphql(gateway, "mutation($t: String!, $d: String) { ingestArticle(input: {text: $t, publishedAt: $d}) { duplicate } }",
                    Map.of("t", "  ", "d", injection), token));
            probes.add(Probe.graphql(gateway, "mutation { ingestArticle(input: {text: 42}) { duplicate } }", Map.of(), token));
            probes.add(Probe.graphql(gateway, "mutation($a: String!) { addAlias(entity: \"" + escape(injection) + "\", alias: $a) { name } }", Map.of("a", "x" + round), token));
            probes.add(Probe.graphql(gateway, "mutation { mergeEntities(into: \"999999" + round + "\", from: \"888888" + round + "\") { name } }", Map.of(), token));
            probes.add(Probe.graphql(gateway, "mutation { splitEntity(id: \"-" + round + "\", aliases: []) { name } }", Map.of(), token));
            probes.add(Probe.graphql(gateway, "mutation { correctEvent(id: \"777777" + round + "\", correction: {date: \"yesterday\"}) { type } }", Map.of(), token));
            probes.add(Probe.graphql(gateway, "mutation { removeAlias(entity: \"1\", alias: \"x\") { name } }", Map.of(), null));
            probes.add(Probe.text("GET", gateway + "?query=" + enc("{ events(first: -" + round + ") { totalCount } }") + "&variables=" + enc("[" + injection), null, null, null));
            probes.add(Probe.text("GET", gateway + "?query=" + enc("mutation { addAlias(entity: \"1\", alias: \"x\") { name } }"), null, null, token));

            // article-service REST: JSON, page and bulk forms.
            String create = articles + "/articles";
            probes.add(Probe.bytes("POST", create, "application/json", noise, token));
            probes.add(Probe.bytes("POST", create, "application/json", invalidUtf8("{\"text\": \""), token));
            probes.add(Probe.text("POST", create, "application/json", deep, token));
            probes.add(Probe.text("POST", create, "application/json", "{\"text\": [\"" + huge + "\"]}", token));
            probes.add(Probe.text("POST", create, "application/json", "{\"text\": {\"a\": 1}}", token));
            probes.add(Probe.text("POST", create, "application/json", "{\"text\": \"" + " ".repeat(round + 1) + "\"}", token));
            probes.add(Probe.json("POST", create, Map.of("text", "  ", "publishedAt", injection), token));
            probes.add(Probe.json("POST", create, Map.of("text", injection, "language", injection), null));
            probes.add(Probe.json("POST", create, Map.of("text", "Synthetic words " + round), "Bearer " + injection.replaceAll("[^\\x20-\\x7e]", "x")));
            probes.add(Probe.bytes("POST", create, "text/html", concat(noise, new byte[] {(byte) 0xC3, (byte) 0x28}), token));
            probes.add(Probe.bytes("POST", create, "text/plain", invalidUtf8("<html><body>"), token));
            probes.add(Probe.text("POST", create + "?publishedAt=" + enc(injection), "text/plain", "   ", token));
            probes.add(Probe.text("POST", create, "application/xml", "<article>" + injection + "</article>", token));
            probes.add(Probe.text("POST", create + "/bulk", "application/json", "{\"text\": \"not an array\"}", token));
            probes.add(Probe.text("POST", create + "/bulk", "application/json", "[]", token));
            probes.add(Probe.text("POST", create + "/bulk", "application/json", "[" + "{\"text\": \" \"},".repeat(5 + round) + "{}]", token));
            probes.add(Probe.bytes("POST", create + "/bulk", "application/json", noise, token));
            probes.add(Probe.text("GET", create + "?from=" + enc(injection) + "&first=" + round, null, null, null));
            probes.add(Probe.text("GET", create + "?first=" + enc(injection), null, null, null));
            probes.add(Probe.text("GET", create + "?after=" + enc(injection + round), null, null, null));
            probes.add(Probe.text("GET", create + "?extraction=" + enc(injection), null, null, null));
            probes.add(Probe.text("GET", create + "?search=" + huge, null, null, null));
            probes.add(Probe.text("GET", create + "/" + enc(injection), null, null, null));
            probes.add(Probe.text("GET", create + "/99999999" + round + "/raw", null, null, null));

            // entity-service REST: extraction and curation.
            String extract = entities + "/extractions";
            probes.add(Probe.bytes("POST", extract, "application/json", noise, token));
            probes.add(Probe.text("POST", extract, "application/json", deep, token));
            probes.add(Probe.json("POST", extract, Map.of("articleId", "sweep-" + round, "text", " ".repeat(round + 1)), token));
            probes.add(Probe.json("POST", extract, Map.of("text", "Synthetic: a delegation visited Rabat."), token));
            probes.add(Probe.json("POST", extract, Map.of("articleId", "sweep-" + round, "text", "Synthetic: a delegation visited Rabat."), null));
            probes.add(Probe.text("POST", extract, "application/json", "{\"articleId\": [1], \"text\": {}}", token));
            String curation = entities + "/curation";
            probes.add(Probe.text("POST", curation + "/entities/" + enc(injection) + "/merge", "application/json", "{\"from\": \"1\"}", token));
            probes.add(Probe.text("POST", curation + "/entities/999999" + round + "/merge", "application/json", "{\"from\": {\"a\": 1}}", token));
            probes.add(Probe.text("POST", curation + "/entities/1/merge", "application/json", deep, token));
            probes.add(Probe.bytes("POST", curation + "/entities/1/split", "application/json", noise, token));
            probes.add(Probe.text("POST", curation + "/entities/999999" + round + "/aliases", "application/json", "{\"alias\": \"x\"}", token));
            probes.add(Probe.text("POST", curation + "/entities/1/aliases", "application/json", "{\"alias\": \"x\"}", null));
            probes.add(Probe.text("DELETE", curation + "/entities/999999" + round + "/aliases?alias=" + enc(injection), null, null, token));
            probes.add(Probe.text("POST", curation + "/events/" + enc(injection) + "/correction", "application/json", "{\"type\": \"NOPE\"}", token));
            probes.add(Probe.bytes("POST", curation + "/events/1/correction", "application/json", invalidUtf8("{\"date\": \""), token));
        }
        assertTrue(probes.size() >= 1_000, "only " + probes.size() + " requests");

        var wrong = new ConcurrentLinkedQueue<String>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < probes.size(); ) {
                    Probe probe = probes.get(i);
                    try {
                        var answer = http.send(probe.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        String problem = problem(answer.statusCode(), answer.body(), probe.graphql());
                        if (problem != null) {
                            wrong.add(probe.describe() + " → " + problem);
                        }
                    } catch (Exception e) {
                        wrong.add(probe.describe() + " → " + e);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "the sweep did not finish");
        System.out.printf("MalformedInputSweepIT: %d malformed requests%n", probes.size());
        assertEquals(List.of(), wrong.stream().limit(20).toList(), wrong.size() + " requests were not refused cleanly");

        assertEquals(before, counts(system), "a malformed request stored something");
        for (String service : new String[] {"gateway", "article-service", "entity-service"}) {
            String port = switch (service) {
                case "gateway" -> port(gateway);
                case "article-service" -> port(articles);
                default -> system.entityPort();
            };
            var ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), service + " is not ready: " + ready.body());
            String log = system.log(service).substring(logLength.get(service));
            List<String> errors = log.lines().filter(l -> l.contains(" ERROR [") || l.startsWith("Caused by: ") || l.matches("\\s+at [\\w$.]+\\(.*"))
                    .limit(10).toList();
            assertEquals(List.of(), errors, service + " logged errors or stack traces for client mistakes");
        }
    }

    /** Null when the answer is a clean refusal: a 4xx with a message, or GraphQL errors (with a code) and no data stored. */
    private static String problem(int status, String body, boolean graphql) {
        if (status >= 500 || status < 200) {
            return "HTTP " + status + " " + shorten(body);
        }
        if (body.contains("\tat ") || body.contains("Exception:") || body.contains("at org.")) {
            return "a stack trace in the answer: " + shorten(body);
        }
        if (status >= 400) {
            return body.isBlank() && status != 405 && status != 415 ? "HTTP " + status + " without a message" : null;
        }
        if (graphql) {
            try {
                JsonNode answer = JSON.readTree(body);
                JsonNode errors = answer.path("errors");
                if (errors.isEmpty()) {
                    return "no GraphQL error: " + shorten(body);
                }
                for (JsonNode error : errors) {
                    if (error.path("extensions").path("code").asText().isBlank()) {
                        return "a GraphQL error without a code: " + shorten(body);
                    }
                    if (error.path("extensions").path("code").asText().equals("INTERNAL")) {
                        return "an internal error: " + shorten(body);
                    }
                }
                return null;
            } catch (Exception e) {
                return "not JSON: " + shorten(body);
            }
        }
        // Only the bulk endpoint answers 200 to a malformed request: one refusal per article.
        if (body.contains("\"results\"") && !body.contains("\"status\":201") && !body.contains("\"status\":200")) {
            return null;
        }
        return "HTTP " + status + " accepted: " + shorten(body);
    }

    private static Map<String, Long> counts(RunningSystem system) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : ARTICLE_TABLES) {
            counts.put(table, system.sql("marsad_articles", "SELECT count(*) FROM " + table));
        }
        for (String table : ENTITY_TABLES) {
            counts.put(table, system.sql("marsad_entities", "SELECT count(*) FROM " + table));
        }
        counts.put("aliases text", system.sql("marsad_entities", "SELECT coalesce(sum(length(alias)), 0) FROM entity_alias"));
        return counts;
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(4_000)];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // never valid UTF-8, never valid JSON
        return bytes;
    }

    private static byte[] invalidUtf8(String prefix) {
        return concat(prefix.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String port(String url) {
        return url.substring(url.lastIndexOf(':') + 1).replaceAll("/.*", "");
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** One request of the sweep. */
    private record Probe(String method, String url, String contentType, byte[] body, String authorization, boolean graphql) {

        static Probe bytes(String method, String url, String contentType, byte[] body, String token) {
            return new Probe(method, url, contentType, body, token == null ? null : "Bearer " + token, url.endsWith("/graphql"));
        }

        static Probe text(String method, String url, String contentType, String body, String token) {
            return new Probe(method, url, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    token == null ? null : "Bearer " + token, url.contains("/graphql"));
        }

        static Probe json(String method, String url, Map<String, String> body, String tokenOrHeader) throws Exception {
            String authorization = tokenOrHeader == null ? null : tokenOrHeader.startsWith("Bearer ") ? tokenOrHeader : "Bearer " + tokenOrHeader;
            return new Probe(method, url, "application/json", JSON.writeValueAsBytes(body), authorization, false);
        }

        static Probe graphql(String gateway, String query, Map<String, Object> variables, String token) throws Exception {
            return new Probe("POST", gateway, "application/json", JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)),
                    token == null ? null : "Bearer " + token, true);
        }

        HttpRequest request() {
            var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
            return builder.method(method, publisher).build();
        }

        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
            return method + " " + (url.length() > 150 ? url.substring(0, 150) + "…" : url) + " " + shown.replaceAll("\\s+", " ");
        }
    }
}
