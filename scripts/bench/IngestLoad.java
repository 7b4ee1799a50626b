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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingest benchmark: posts every .txt/.html file of a folder to article-service's REST API and reports throughput.
 *
 * <pre>
 * java scripts/bench/IngestLoad.java DIR [--url http://127.0.0.1:8081] [--concurrency 4] [--bulk N]
 *                                        [--wait-extraction] [--timeout-minutes 60]
 * </pre>
 *
 * <ul>
 *   <li>Each file becomes {@code POST /articles} with {@code {"text": …}} (plus url/outlet/publishedAt from an optional
 *       {@code URL:/OUTLET:/DATE:} header, the convention of {@code ./marsad ingest}); {@code --bulk N} sends N files per
 *       {@code POST /articles/bulk} instead, when the service has that endpoint.</li>
 *   <li>Reports accepted articles/s (wall clock from the first request to the last response), new/duplicate/failed
 *       with reasons, and p50/p99 request latency (per request: per batch with --bulk).</li>
 *   <li>{@code --wait-extraction} then polls {@code GET /outbox} until pending=0 and reports end-to-end articles/s,
 *       extraction by entity-service included.</li>
 * </ul>
 * Token: MARSAD_API_TOKEN, else the file $MARSAD_HOME/api-token, else .marsad/api-token.
 */
public class IngestLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}]+)");
    private static final Pattern DUPLICATE = Pattern.compile("\"duplicate\"\\s*:\\s*(true|false)");
    private static final Pattern MESSAGE = Pattern.compile("\"(?:message|error|detail)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PENDING = Pattern.compile("\"pending\"\\s*:\\s*(\\d+)");
    private static final Pattern FAILING = Pattern.compile("\"failing\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)   // plain keep-alive connections, one per worker, as most clients use
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final AtomicLong lastResponse = new AtomicLong();

    IngestLoad(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (!opts.containsKey("dir")) {
            System.err.println("usage: java scripts/bench/IngestLoad.java DIR [--url http://127.0.0.1:8081] [--concurrency 4]"
                    + " [--bulk N] [--wait-extraction] [--timeout-minutes 60]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(opts.get("dir")))) {
            files = list.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "4"));
        int bulk = Integer.parseInt(opts.getOrDefault("bulk", "0"));
        IngestLoad load = new IngestLoad(opts.getOrDefault("url", "http://127.0.0.1:8081").replaceAll("/$", ""), token());
        System.out.println("machine: " + machine());
        System.out.printf("%d files, concurrency %d, %s%n", files.size(), concurrency,
                bulk > 0 ? "POST /articles/bulk with " + bulk + " per request" : "POST /articles");
        load.run(files, concurrency, bulk, opts.containsKey("wait-extraction"),
                Duration.ofMinutes(Long.parseLong(opts.getOrDefault("timeout-minutes", "60"))));
    }

    void run(List<Path> files, int concurrency, int bulk, boolean waitExtraction, Duration timeout) throws Exception {
        // Requests are whole files (bulk: runs of consecutive files); workers take the next one when free.
        List<List<Path>> requests = new ArrayList<>();
        int per = Math.max(1, bulk);
        for (int i = 0; i < files.size(); i += per) {
            requests.add(files.subList(i, Math.min(files.size(), i + per)));
        }
        long[] latencies = new long[requests.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (int r; (r = next.getAndIncrement()) < requests.size(); ) {
                        long t0 = System.nanoTime();
                        if (bulk > 0) {
                            sendBulk(requests.get(r));
                        } else {
                            sendOne(requests.get(r).get(0));
                        }
                        long t1 = System.nanoTime();
                        latencies[r] = t1 - t0;
                        lastResponse.accumulateAndGet(t1, Math::max);
                        done.addAndGet(requests.get(r).size());
                    }
                    return null;
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %d/%d after %.0f s (%.1f/s)%n", done.get(), files.size(), s, done.get() / s);
            }
        }
        double seconds = (lastResponse.get() - start) / 1e9;
        int accepted = created.get() + duplicates.get();
        System.out.printf("%nIngest: %d new, %d duplicate, %d failed in %.1f s%n", created.get(), duplicates.get(), failed.size(), seconds);
        System.out.printf("  accepted articles/s: %.1f%n", accepted / seconds);
        Arrays.sort(latencies);
        System.out.printf("  request latency%s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                bulk > 0 ? " (per batch of " + bulk + ")" : "", ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        reportFailures();
        System.out.println("  machine: " + machine());
        if (waitExtraction) {
            waitForOutbox(start, timeout);
            System.out.println("  machine: " + machine());
        }
    }

    private void sendOne(Path file) {
        String name = file.getFileName().toString();
        try {
            HttpResponse<String> answer = post("/articles", article(Files.readString(file, StandardCharsets.UTF_8)));
            count(name, answer.statusCode(), answer.body());
        } catch (IOException | RuntimeException e) {
            failed.put(name, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One POST /articles/bulk; its answer is a JSON array with one result per item, in order. */
    private void sendBulk(List<Path> batch) {
        try {
            List<String> items = new ArrayList<>();
            for (Path file : batch) {
                items.add(article(Files.readString(file, StandardCharsets.UTF_8)));
            }
            HttpResponse<String> answer = post("/articles/bulk", "[" + String.join(",", items) + "]");
            List<String> results = topLevelObjects(answer.body());
            for (int i = 0; i < batch.size(); i++) {
                String name = batch.get(i).getFileName().toString();
                if (answer.statusCode() >= 300 || results.size() != batch.size()) {
                    failed.put(name, "bulk HTTP " + answer.statusCode() + ": " + reason(answer.body()));
                } else {
                    count(name, 200, results.get(i));
                }
            }
        } catch (IOException | RuntimeException e) {
            batch.forEach(f -> failed.put(f.getFileName().toString(), "no answer: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 201/200 with {"id", "duplicate"} is success; anything else is a failure with the server's message. */
    private void count(String name, int status, String body) {
        Matcher dup = DUPLICATE.matcher(body);
        if (status < 300 && ID.matcher(body).find() && dup.find()) {
            (dup.group(1).equals("true") ? duplicates : created).incrementAndGet();
        } else {
            failed.put(name, "HTTP " + status + ": " + reason(body));
        }
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls the outbox until pending=0 and reports throughput including extraction. */
    private void waitForOutbox(long start, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrint = 0;
        String status = "";
        while (System.nanoTime() < deadline) {
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(base + "/outbox")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = PENDING.matcher(status);
                if (m.find() && m.group(1).equals("0")) {
                    long end = System.nanoTime();
                    System.out.printf("%nExtraction: outbox drained %.1f s after the last ingest response (%s)%n",
                            (end - lastResponse.get()) / 1e9, status);
                    System.out.printf("  end-to-end articles/s (new articles, first request to outbox empty): %.1f%n",
                            created.get() / ((end - start) / 1e9));
                    return;
                }
                if (System.nanoTime() - lastPrint > 30e9) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  outbox %s after %.0f s%n", status, (lastPrint - start) / 1e9);
                }
            } catch (IOException e) {
                // article-service restarting: keep polling
            }
            Thread.sleep(250);
        }
        Matcher f = FAILING.matcher(status);
        System.out.printf("%nExtraction did not finish within %s; last outbox status %s%s%n", timeout, status,
                f.find() && !f.group(1).equals("0") ? " (see article-service's log for the failing deliveries)" : "");
    }

    private void reportFailures() {
        if (failed.isEmpty()) {
            return;
        }
        // Group by reason so that 10,000 identical failures print as one line.
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        failed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byReason.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        byReason.forEach((reason, names) -> System.out.printf("  failed %d× (%s%s): %s%n", names.size(),
                String.join(", ", names.subList(0, Math.min(5, names.size()))), names.size() > 5 ? ", …" : "", reason));
    }

    /** {"text": …} from a file, reading the optional URL/OUTLET/DATE header as ./marsad ingest does. */
    static String article(String raw) {
        String[] lines = raw.split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && lines[i].matches("(URL|OUTLET|DATE):.*")) {
            String[] kv = lines[i].split(":", 2);
            header.put(kv[0], kv[1].strip());
            i++;
        }
        String text = raw;
        if (!header.isEmpty()) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            text = String.join("\n", Arrays.copyOfRange(lines, i, lines.length));
        }
        StringBuilder b = new StringBuilder("{\"text\":").append(json(text));
        Map<String, String> fields = Map.of("URL", "url", "OUTLET", "outlet", "DATE", "publishedAt");
        header.forEach((k, v) -> b.append(",\"").append(fields.get(k)).append("\":").append(json(v)));
        return b.append('}').toString();
    }

    /** The objects of a JSON array, as text (brace depth counted outside strings). */
    static List<String> topLevelObjects(String array) {
        List<String> objects = new ArrayList<>();
        int depth = 0;
        int from = -1;
        boolean inString = false;
        for (int i = 0; i < array.length(); i++) {
            char c = array.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' && depth++ == 0) {
                from = i;
            } else if (c == '}' && --depth == 0) {
                objects.add(array.substring(from, i + 1));
            }
        }
        return objects;
    }

    static String reason(String body) {
        Matcher m = MESSAGE.matcher(body);
        String r = m.find() ? m.group(1).replace("\\\"", "\"").replace("\\n", " ") : body;
        return r.length() > 200 ? r.substring(0, 200) + "…" : r;
    }

    static String token() throws IOException {
        String env = System.getenv("MARSAD_API_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path file = Path.of(System.getenv().getOrDefault("MARSAD_HOME", ".marsad"), "api-token");
        if (!Files.exists(file)) {
            System.err.println("no token: set MARSAD_API_TOKEN or MARSAD_HOME (looked for " + file + ")");
            System.exit(2);
        }
        return Files.readString(file).strip();
    }

    /** DIR and --name value / --flag pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--wait-extraction")) {
                opts.put("wait-extraction", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                opts.put("dir", args[i]);
            }
        }
        return opts;
    }

    static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(q * sorted.length) - 1] / 1e6;
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
