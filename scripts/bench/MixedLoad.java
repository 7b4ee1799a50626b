import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Read load while ingest runs: {@code --clients} concurrent clients for {@code --seconds} on the gateway, each sending
 * in turn the flagship query (events involving DGSN with their sources' articles), an entity search, an article search
 * and an entity page; meanwhile one client ingests the pages of {@code --ingest DIR} through {@code ingestArticle}.
 *
 * <pre>
 * MARSAD_API_TOKEN=$(cat .marsad/api-token) java scripts/bench/MixedLoad.java [--url http://127.0.0.1:8080/graphql]
 *     [--clients 64] [--seconds 60] [--ingest DIR] [--state .marsad]
 * </pre>
 *
 * Reports, per query, requests, errors (a non-200 answer, a GraphQL error, a timeout) and p50/p99/max latency; the
 * ingest's count and errors; and, with {@code --state} (the folder ./marsad up uses), each process's peak resident set
 * (VmHWM) read from /proc. Exits 1 when any request failed.
 */
public class MixedLoad {

    record Query(String name, String text) {
    }

    static final String ENTITY_PAGE = "query($id: ID!) { entity(id: $id) { name fullName roles { title organization { name } } "
            + "events(first: 10) { totalCount edges { node { type date } } } articles(first: 10) { totalCount edges { node { title } } } } }";
    static final List<Query> MIX = List.of(
            new Query("flagship", "{ events(involving: \"DGSN\", first: 50) { totalCount edges { node { type date "
                    + "participants { entity { name } } sources { article { title } evidence { text } } } } } }"),
            new Query("entity search", "{ entities(search: \"Hammouchi\", first: 10) { totalCount edges { node { id name type mentionCount } } } }"),
            new Query("article search", "{ articles(search: \"الحموشى\", first: 10) { totalCount edges { snippet node { title outlet } } } }"),
            new Query("entity page", ENTITY_PAGE));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

    MixedLoad(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        MixedLoad load = new MixedLoad(opts.getOrDefault("url", "http://127.0.0.1:8080/graphql"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "64"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        Matcher entity = ID.matcher(load.send("warm-up", MIX.get(1).text(), Map.of(), null));
        String entityId = entity.find() ? entity.group(1) : "1";
        for (Query q : MIX) {
            load.latencies.put(q.name(), Collections.synchronizedList(new ArrayList<>()));
        }
        load.latencies.put("ingest", Collections.synchronizedList(new ArrayList<>()));

        System.out.println("machine: " + machine());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        AtomicInteger turn = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Query q = MIX.get(turn.getAndIncrement() % MIX.size());
                    load.timed(q.name(), q.text(), q.name().equals("entity page") ? Map.of("id", entityId) : Map.of(), null);
                }
            });
        }
        String ingestDir = opts.get("ingest");
        if (ingestDir != null) {
            String token = System.getenv("MARSAD_API_TOKEN");
            List<Path> pages;
            try (Stream<Path> files = Files.list(Path.of(ingestDir))) {
                pages = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
            }
            pool.submit(() -> {
                for (int i = 0; i < pages.size() && System.nanoTime() < deadline; i++) {
                    String text = Files.readString(pages.get(i), StandardCharsets.UTF_8);
                    load.timed("ingest", "mutation($t: String!) { ingestArticle(input: {text: $t}) { duplicate } }", Map.of("t", text), token);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);

        System.out.printf("%s: %d clients for %d s%s%n", load.url, clients, seconds, ingestDir == null ? "" : ", ingest alongside");
        System.out.printf("%-16s %9s %7s %8s %8s %8s%n", "query", "requests", "errors", "p50 ms", "p99 ms", "max ms");
        long failed = 0;
        for (String name : load.latencies.keySet()) {
            long[] sorted = load.latencies.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
            long errs = load.errors.getOrDefault(name, new AtomicLong()).get();
            failed += errs;
            System.out.printf("%-16s %9d %7d %8.1f %8.1f %8.1f%n", name, sorted.length, errs, ms(sorted, 0.5), ms(sorted, 0.99), ms(sorted, 1));
        }
        load.firstError.forEach((name, error) -> System.out.println("  first error in " + name + ": " + error));
        if (opts.containsKey("state")) {
            try (Stream<Path> pids = Files.list(Path.of(opts.get("state"), "run"))) {
                for (Path pid : pids.sorted().toList()) {
                    String id = Files.readString(pid).strip();
                    String status = Files.readString(Path.of("/proc", id, "status"));
                    Matcher hwm = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(status);
                    System.out.printf("peak RSS %-16s %6.0f MB%n", pid.getFileName().toString().replace(".pid", ""),
                            hwm.find() ? Long.parseLong(hwm.group(1)) / 1024.0 : Double.NaN);
                }
            }
        }
        System.out.println("machine: " + machine());
        System.exit(failed == 0 ? 0 : 1);
    }

    private void timed(String name, String query, Map<String, String> variables, String token) {
        long start = System.nanoTime();
        send(name, query, variables, token);
        latencies.get(name).add(System.nanoTime() - start);
    }

    /** The answer's body; a non-200 status, a GraphQL error or an I/O failure counts as an error of this query. */
    String send(String name, String query, Map<String, String> variables, String token) {
        StringBuilder vars = new StringBuilder();
        variables.forEach((k, v) -> vars.append(vars.isEmpty() ? "" : ",").append(json(k)).append(':').append(json(v)));
        String body = "{\"query\":" + json(query) + ",\"variables\":{" + vars + "}}";
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
                error(name, "HTTP " + answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            return answer.body();
        } catch (IOException e) {
            error(name, e.toString());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void error(String name, String what) {
        errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(name, what);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String machine() {
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
            return Runtime.getRuntime().availableProcessors() + " cores, 1-min load average " + load;
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }
}
