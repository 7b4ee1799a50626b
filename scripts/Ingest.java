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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bulk loader behind {@code ./marsad ingest DIR}: sends every .txt/.html file of a folder to the gateway's
 * {@code ingestArticle} mutation, shows progress, then waits until article-service's outbox is drained
 * (every article extracted) and prints new / duplicate / undated / failed, naming the undated and failed files.
 *
 * <p>A file may start with header lines {@code URL: …}, {@code OUTLET: …}, {@code DATE: YYYY-MM-DD} and a blank
 * line (docs/ARTICLES.md); they become metadata, not text.
 * Run with the JDK's source launcher: {@code java scripts/Ingest.java DIR GRAPHQL_URL OUTBOX_URL}; token in MARSAD_API_TOKEN.
 */
public class Ingest {

    private static final String MUTATION = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { duplicate undated article { id title } } }";
    private static final Pattern DUPLICATE = Pattern.compile("\"duplicate\"\\s*:\\s*(true|false)");
    private static final Pattern UNDATED = Pattern.compile("\"undated\"\\s*:\\s*true");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PENDING = Pattern.compile("\"pending\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java scripts/Ingest.java DIR GRAPHQL_URL OUTBOX_URL");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        String token = System.getenv().getOrDefault("MARSAD_API_TOKEN", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int created = 0;
        int duplicates = 0;
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> undated = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress(i, files.size(), file.getFileName().toString());
            try {
                String answer = send(http, args[1], token, variables(Files.readString(file, StandardCharsets.UTF_8)));
                Matcher dup = DUPLICATE.matcher(answer);
                if (dup.find() && !answer.contains("\"errors\"")) {
                    if (UNDATED.matcher(answer).find()) {
                        undated.add(file.getFileName().toString());
                    }
                    if (dup.group(1).equals("true")) {
                        duplicates++;
                    } else {
                        created++;
                    }
                } else {
                    Matcher m = MESSAGE.matcher(answer);
                    failed.put(file.getFileName().toString(), m.find() ? unescape(m.group(1)) : answer);
                }
            } catch (IOException e) {
                failed.put(file.getFileName().toString(), "gateway unreachable: " + e.getMessage());
            }
        }
        progress(files.size(), files.size(), "");
        System.out.println();
        if (created > 0) {
            waitForExtraction(http, args[2]);
        }
        System.out.printf("%d new, %d duplicate, %d undated, %d failed%n", created, duplicates, undated.size(), failed.size());
        // An undated article's relative dates ("yesterday", "next May") stay unresolved: say which, and how to fix it.
        undated.forEach(name -> System.out.println("  undated " + name + ": no date given or found; add a DATE: header line"));
        failed.forEach((name, reason) -> System.out.println("  failed " + name + ": " + reason));
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private static String send(HttpClient http, String url, String token, String variables) throws IOException, InterruptedException {
        String body = "{\"query\":" + json(MUTATION) + ",\"variables\":" + variables + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** {"input": {...}} from a file, reading the optional URL/OUTLET/DATE header. */
    static String variables(String raw) {
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
            text = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
        }
        List<String> fields = new ArrayList<>();
        fields.add("\"text\":" + json(text));
        if (header.containsKey("URL")) {
            fields.add("\"url\":" + json(header.get("URL")));
        }
        if (header.containsKey("OUTLET")) {
            fields.add("\"outlet\":" + json(header.get("OUTLET")));
        }
        if (header.containsKey("DATE")) {
            fields.add("\"publishedAt\":" + json(header.get("DATE")));
        }
        return "{\"input\":{" + String.join(",", fields) + "}}";
    }

    /** Polls the outbox until every stored article has been extracted (at most two minutes). */
    private static void waitForExtraction(HttpClient http, String outboxUrl) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String answer = http.send(HttpRequest.newBuilder(URI.create(outboxUrl)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = PENDING.matcher(answer);
                if (m.find() && m.group(1).equals("0")) {
                    return;
                }
            } catch (IOException e) {
                // article-service restarting: keep waiting
            }
            Thread.sleep(500);
        }
        System.out.println("warning: extraction still running after two minutes; results will appear as it proceeds");
    }

    private static void progress(int done, int total, String name) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        System.out.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), " ".repeat(width - filled), done, total, name);
        System.out.flush();
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

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }
}
