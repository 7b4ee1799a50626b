import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One query, as fast as {@code --connections} clients can send it, for {@code --seconds} after an unmeasured warm-up:
 * by default the flagship query (events involving DGSN with type, date, and their sources' article titles and quotes)
 * on the gateway. {@code --subgraph} sends the same selection in entity-service's own shape (article ids instead of
 * articles), to compare the gateway with the service behind it.
 *
 * <pre>
 * java scripts/bench/FlagshipLoad.java [--url http://127.0.0.1:8080/graphql] [--connections 8] [--seconds 30]
 *     [--warmup 10] [--subgraph]
 * </pre>
 *
 * Prints requests/s, p50/p90/p99/max latency, errors (non-200, a GraphQL error or a timeout), the cores and the 1-minute
 * load average (other work on the machine changes the figures). Exits 1 when any request failed.
 */
public class FlagshipLoad {

    static final String GATEWAY = "{ events(involving: \"DGSN\", first: 20) { edges { node { type date "
            + "sources { article { title } evidence { text } } } } } }";
    static final String SUBGRAPH = "{ events(involving: \"DGSN\", first: 20) { edges { node { type date "
            + "sources { articleId evidence { text } } } } } }";

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080/graphql";
        int connections = 8;
        int seconds = 30;
        int warmup = 10;
        String query = GATEWAY;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--subgraph" -> query = SUBGRAPH;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String body = "{\"query\":" + quote(query) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String first = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("first answer: " + (first.length() > 300 ? first.substring(0, 300) + "…" : first));

        run(http, request, connections, warmup, null, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        run(http, request, connections, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s, %d connections, %d s: %d requests, %.1f requests/s, errors %d%n", url, connections, seconds,
                sorted.size(), sorted.size() / elapsed, errors.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("cores %d, load average (1 min) %.2f%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static void run(HttpClient http, HttpRequest request, int connections, int seconds, List<Long> latencies, AtomicLong errors)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        ok = answer.statusCode() == 200 && !answer.body().contains("\"errors\"");
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - t0);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
