package org.marsad.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a Deployment with two replicas does on its first rollout: two instances of article-service and two of
 * entity-service, started at the same moment on an empty PostgreSQL server (no databases yet), all become ready, and
 * each database is created and migrated exactly once (Flyway's lock serialises the migrations; the instance that
 * loses the race to create the database uses the one the other created).
 */
class ReplicasStartTogetherIT {

    private static final Pattern APPLIED = Pattern.compile("at schema version \\S+ \\((\\d+) migrations applied now\\)");

    private final Path root = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();
    private final List<Instance> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private LocalPostgres postgres;

    record Instance(String service, int port, Process process, Path log) {
    }

    @Test
    void twoInstancesOfEachServiceStartingAtOnceOnAnEmptyServerMigrateEachDatabaseOnce() throws Exception {
        postgres = LocalPostgres.startThrowaway();
        for (String service : List.of("article-service", "entity-service", "article-service", "entity-service")) {
            instances.add(start(service));
        }
        for (Instance instance : instances) {
            awaitReady(instance);
        }
        assertMigratedOnce("article-service", "marsad_articles");
        assertMigratedOnce("entity-service", "marsad_entities");
    }

    private void assertMigratedOnce(String service, String database) throws IOException, SQLException {
        int versions = 0;
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
             var st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*), count(DISTINCT version), bool_and(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            versions = rs.getInt(2);
            assertTrue(versions > 0, database + " has no migrations applied");
            assertEquals(versions, rs.getInt(1), database + ": a migration was recorded twice");
            assertTrue(rs.getBoolean(3), database + ": a failed migration is recorded");
        }
        // One instance applied every migration, the other found the schema current.
        List<Integer> applied = new ArrayList<>();
        for (Instance instance : instances) {
            if (instance.service().equals(service)) {
                Matcher m = APPLIED.matcher(Files.readString(instance.log()));
                assertTrue(m.find(), service + " logged no migration summary:\n" + Files.readString(instance.log()));
                applied.add(Integer.parseInt(m.group(1)));
            }
        }
        applied.sort(null);
        assertEquals(List.of(0, versions), applied, service + ": migrations applied by each instance");
    }

    private Instance start(String service) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("marsad-" + service + "-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xmx256m", "-jar", root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "MARSAD_ARTICLE_DB_URL", postgres.jdbcUrl("marsad_articles"),
                "MARSAD_ENTITY_DB_URL", postgres.jdbcUrl("marsad_entities"),
                "MARSAD_DB_USER", postgres.user(),
                "MARSAD_DB_PASSWORD", postgres.password(),
                "MARSAD_API_TOKEN", "replicas-test-token",
                // Nothing to deliver or reprocess here; the other service may not be up yet.
                "MARSAD_OUTBOX_INTERVAL", "off",
                "MARSAD_REPROCESS_INTERVAL", "off"));
        return new Instance(service, port, builder.start(), log);
    }

    private void awaitReady(Instance instance) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                fail(instance.service() + " exited with " + instance.process().exitValue() + ":\n" + Files.readString(instance.log()));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        fail(instance.service() + " not ready after 180 s:\n" + Files.readString(instance.log()));
    }

    @AfterEach
    void stop() throws Exception {
        for (Instance instance : instances) {
            instance.process().destroy();
        }
        for (Instance instance : instances) {
            instance.process().waitFor();
            Files.deleteIfExists(instance.log());
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
