package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole system as a user starts it: {@code ./marsad up} in a throwaway state folder on free ports (its own
 * PostgreSQL, the three services as separate processes, seeds loaded through the gateway), then real HTTP.
 */
final class RunningSystem implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;

    private RunningSystem(Path root, Path home) {
        this.root = root;
        this.home = home;
        env.put("MARSAD_HOME", home.toString());
        env.put("MARSAD_GATEWAY_PORT", String.valueOf(freePort()));
        env.put("MARSAD_ARTICLE_PORT", String.valueOf(freePort()));
        env.put("MARSAD_ENTITY_PORT", String.valueOf(freePort()));
        env.put("MARSAD_PG_PORT", String.valueOf(freePort()));
        env.remove("MARSAD_API_TOKEN");
        env.put("MARSAD_REPROCESS_INTERVAL", "2s"); // so the reprocessing test need not wait long
        env.put("MARSAD_START_TIMEOUT", "600"); // a machine busy with other builds may start a service slowly
        this.gateway = "http://127.0.0.1:" + env.get("MARSAD_GATEWAY_PORT") + "/graphql";
    }

    static RunningSystem start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    /** Starts a system whose services also get these settings (environment variables such as MARSAD_OUTBOX_PARALLELISM). */
    static RunningSystem start(Map<String, String> settings) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();
        // Readable by others: PostgreSQL runs as the postgres user when the tests run as root.
        Path home = Files.createTempDirectory("marsad-system-",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        RunningSystem system = new RunningSystem(root, home);
        system.env.putAll(settings);
        String output = system.marsad("up");
        if (!output.contains("Marsad is up")) {
            String logs = system.logs();
            system.close();
            throw new IllegalStateException("./marsad up failed:\n" + output + "\n" + logs);
        }
        return system;
    }

    /** Runs one SQL statement on a service's database, as an operator would with psql; returns the first column of the first row, or the update count. */
    long sql(String database, String statement) throws IOException, java.sql.SQLException {
        try (var connection = connect(database); var st = connection.createStatement()) {
            if (st.execute(statement)) {
                try (var rs = st.getResultSet()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
            return st.getUpdateCount();
        }
    }

    /** Runs a query on a service's database and hands each row to {@code row}. */
    void query(String database, String statement, Row row) throws IOException, java.sql.SQLException {
        try (var connection = connect(database); var st = connection.createStatement(); var rs = st.executeQuery(statement)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    interface Row {
        void accept(java.sql.ResultSet row) throws java.sql.SQLException;
    }

    private java.sql.Connection connect(String database) throws IOException, java.sql.SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + env.get("MARSAD_PG_PORT") + "/" + database;
        String password = Files.readString(home.resolve("postgres/password")).strip();
        return java.sql.DriverManager.getConnection(url, "marsad", password);
    }

    /** The gateway's root, where the explorer page is served. */
    String gatewayBase() {
        return "http://127.0.0.1:" + env.get("MARSAD_GATEWAY_PORT");
    }

    String articleService() {
        return "http://127.0.0.1:" + env.get("MARSAD_ARTICLE_PORT");
    }

    /** Stops one service, as an operator would with ./marsad down SERVICE. */
    String stop(String service) throws IOException, InterruptedException {
        return marsad("down", service);
    }

    /** Starts one service and waits until it is ready, as ./marsad up SERVICE does. */
    String start(String service) throws IOException, InterruptedException {
        return marsad("up", service);
    }

    /** Runs a ./marsad command against this system; returns what it printed. */
    String run(String... args) throws IOException, InterruptedException {
        return marsad(args);
    }

    /** Ingests a text through the gateway and waits until entity-service has extracted it; its article id. */
    String ingestAndWait(String text) throws Exception {
        JsonNode ingested = graphql("mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }", Map.of("t", text), token());
        String id = ingested.path("data").path("ingestArticle").path("article").path("id").asText();
        if (id.isBlank()) {
            throw new IllegalStateException("not ingested: " + ingested);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!graphql("query($id: ID!) { article(id: $id) { extraction { status } } }", Map.of("id", id), null)
                .path("data").path("article").path("extraction").path("status").asText().equals("DONE")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("article " + id + " was not extracted within two minutes");
            }
            Thread.sleep(500);
        }
        return id;
    }

    /** What ./marsad status prints. */
    String status() throws IOException, InterruptedException {
        return marsad("status");
    }

    /** Kills a service with SIGKILL, as a crash or the kernel's OOM killer would: no shutdown hook runs. */
    void kill(String service) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(home.resolve("run").resolve(service + ".pid")).strip());
        killHard(pid);
    }

    /** Kills the PostgreSQL server with SIGKILL: its postmaster and every backend it started. */
    void killPostgres() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(0).strip());
        List<Long> backends = ProcessHandle.of(pid).map(p -> p.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
        killHard(pid);
        for (long backend : backends) {
            killHard(backend);
        }
    }

    /** Starts PostgreSQL again after a crash, as ./marsad up does (services already running are left alone). */
    String restartPostgres() throws IOException, InterruptedException {
        return marsad("up", "gateway");
    }

    private static void killHard(long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    String entityPort() {
        return env.get("MARSAD_ENTITY_PORT");
    }

    String gatewayUrl() {
        return gateway;
    }

    /** What a service has logged so far. */
    String log(String service) throws IOException {
        return Files.readString(home.resolve("logs").resolve(service + ".log"));
    }

    /** The gateway's Prometheus metrics (fault tolerance counters among them). */
    String gatewayMetrics() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(gateway.replace("/graphql", "/q/metrics"))).timeout(Duration.ofSeconds(30)).GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** A service's Prometheus metrics. */
    String metrics(String service) throws IOException, InterruptedException {
        String port = switch (service) {
            case "gateway" -> env.get("MARSAD_GATEWAY_PORT");
            case "article-service" -> env.get("MARSAD_ARTICLE_PORT");
            default -> env.get("MARSAD_ENTITY_PORT");
        };
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).timeout(Duration.ofSeconds(30)).GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    String token() throws IOException {
        return Files.readString(home.resolve("api-token")).strip();
    }

    JsonNode graphql(String query, Map<String, Object> variables, String token) throws IOException, InterruptedException {
        return graphql(query, variables, token, Map.of());
    }

    /** As above, with more request headers (a W3C traceparent, say). */
    JsonNode graphql(String query, Map<String, Object> variables, String token, Map<String, String> headers) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        var request = HttpRequest.newBuilder(URI.create(gateway)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    private String marsad(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("bash", root.resolve("marsad").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("MARSAD_API_TOKEN");
        builder.environment().remove("MARSAD_DB_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return output;
    }

    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        Path dir = home.resolve("logs");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path log : files.toList()) {
                    List<String> lines = Files.readAllLines(log);
                    all.append("--- ").append(log.getFileName()).append('\n')
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        marsad("down");
        keepLogs();
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The services' logs outlive the state folder, in target/system-logs, for whoever reads a failure. */
    private void keepLogs() throws IOException {
        Path logs = home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Path kept = Files.createDirectories(Path.of("target", "system-logs", home.getFileName().toString()));
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
