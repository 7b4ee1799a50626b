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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search benchmark: a fixed mix of {@code articles(search:, outlet:, from:, to:, first:)} GraphQL queries.
 *
 * <pre>
 * java scripts/bench/SearchLoad.java [--url http://127.0.0.1:8081/graphql] [--requests 2000] [--concurrency 4] [--warmup 200]
 * </pre>
 *
 * Point --url at article-service's subgraph (search alone) or at the gateway's /graphql (one more hop). Requests go
 * round-robin over the mix, so every query weighs the same. After the warm-up (not measured) it reports
 * p50/p90/p99/max latency and requests/s overall and per query, and each query's hit count (totalCount): a search
 * that silently finds nothing shows as 0 hits rather than as a fast query.
 */
public class SearchLoad {

    /** One entry of the mix; null arguments are left out of the query. */
    record Search(String name, String search, String outlet, String from, String to) {
    }

    /** The mix. The corpus of GenerateCorpus has these words, outlets and years; comments say what each one tests. */
    static final List<Search> MIX = List.of(
            new Search("ar name", "حموشي", null, null, null),                              // in nearly every Arabic page
            new Search("ar name, variant ى", "الحموشى", null, null, null),                 // needs ى→ي folding
            new Search("ar no hamza", "الامن الوطني", null, null, null),                   // text has الأمن: needs أ→ا folding
            new Search("ar two words", "التعاون الأمني", null, null, null),
            new Search("ar olympics", "الألعاب الأولمبية", null, null, null),
            new Search("ar clitic", "وباريس", null, null, null),                           // و+باريس: clitic handling
            new Search("fr words", "coopération sécuritaire", null, null, null),
            new Search("fr name", "Hammouchi", null, null, null),                          // French and English pages
            new Search("en words", "security cooperation", null, null, null),
            new Search("en olympics", "Olympic Games", null, null, null),
            new Search("ar + outlet", "حموشي", "Hespress", null, null),
            new Search("ar + year", "حموشي", null, "2024-01-01", "2024-12-31"),
            new Search("fr + outlet + dates", "Hammouchi", "Le360", "2022-01-01", "2023-12-31"),
            new Search("outlet only", null, "Bladna24", null, null),
            new Search("no match", "كلمةغيرموجودة", null, null, null));                   // a miss: worst case of a scan

    static final String QUERY = "query($search: String, $outlet: String, $from: String, $to: String) { "
            + "articles(search: $search, outlet: $outlet, from: $from, to: $to, first: 20) { totalCount edges { node { id title } } } }";
    private static final Pattern TOTAL = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final Map<String, String> errors = new ConcurrentHashMap<>();

    SearchLoad(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: java scripts/bench/SearchLoad.java [--url http://127.0.0.1:8081/graphql]"
                        + " [--requests 2000] [--concurrency 4] [--warmup 200]");
                System.exit(2);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        SearchLoad load = new SearchLoad(opts.getOrDefault("url", "http://127.0.0.1:8081/graphql"));
        int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "4"));
        System.out.println("machine: " + machine());
        load.run(Integer.parseInt(opts.getOrDefault("warmup", "200")), concurrency, null);
        long[][] perQuery = new long[MIX.size()][];
        long[] all = new long[Integer.parseInt(opts.getOrDefault("requests", "2000"))];
        double seconds = load.run(all.length, concurrency, all);
        System.out.printf("%s: %d requests at concurrency %d after %s warm-up requests%n", load.url, all.length, concurrency,
                opts.getOrDefault("warmup", "200"));
        System.out.printf("%-22s %8s %8s %8s %8s %8s%n", "query", "hits", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (int q = 0; q < MIX.size(); q++) {
            int query = q;
            perQuery[q] = java.util.stream.IntStream.range(0, all.length).filter(i -> i % MIX.size() == query)
                    .mapToLong(i -> all[i]).sorted().toArray();
            System.out.printf("%-22s %8s %8.1f %8.1f %8.1f %8.1f%n", MIX.get(q).name(), load.hits(MIX.get(q)),
                    ms(perQuery[q], 0.5), ms(perQuery[q], 0.9), ms(perQuery[q], 0.99), ms(perQuery[q], 1));
        }
        Arrays.sort(all);
        System.out.printf("%-22s %8s %8.1f %8.1f %8.1f %8.1f%n", "ALL", "", ms(all, 0.5), ms(all, 0.9), ms(all, 0.99), ms(all, 1));
        System.out.printf("throughput: %.1f requests/s%n", all.length / seconds);
        System.out.println("machine: " + machine());
        load.errors.forEach((query, error) -> System.out.println("  error in '" + query + "': " + error));
    }

    /** Sends n requests round-robin over the mix from `concurrency` workers; latencies[i] for request i. Seconds taken. */
    double run(int n, int concurrency, long[] latencies) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        long t0 = System.nanoTime();
                        send(MIX.get(i % MIX.size()));
                        if (latencies != null) {
                            latencies[i] = System.nanoTime() - t0;
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The answer's body; a GraphQL error or a non-200 status is remembered (once per query) and reported. */
    String send(Search s) {
        List<String> vars = new ArrayList<>();
        for (String[] kv : new String[][]{{"search", s.search()}, {"outlet", s.outlet()}, {"from", s.from()}, {"to", s.to()}}) {
            if (kv[1] != null) {
                vars.add("\"" + kv[0] + "\":\"" + kv[1] + "\"");
            }
        }
        String body = "{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\",\"variables\":{" + String.join(",", vars) + "}}";
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
                errors.putIfAbsent(s.name(), "HTTP " + answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            return answer.body();
        } catch (IOException e) {
            errors.putIfAbsent(s.name(), e.toString());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    String hits(Search s) {
        Matcher m = TOTAL.matcher(send(s));
        return m.find() ? m.group(1) : "error";
    }

    static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Other work on the machine skews the figures: print cores and load average with them. */
    static String machine() {
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
            return Runtime.getRuntime().availableProcessors() + " cores, 1-min load average " + load;
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }
}
