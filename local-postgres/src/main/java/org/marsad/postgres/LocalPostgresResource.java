package org.marsad.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a PostgreSQL database: the server named by {@code MARSAD_DB_URL}
 * (a JDBC URL without database, e.g. {@code jdbc:postgresql://db:5432}, with {@code MARSAD_DB_USER}
 * and {@code MARSAD_DB_PASSWORD}) when set, else a throwaway local cluster stopped after the tests.
 *
 * <p>Init arg {@code database} names the database; the service creates it when missing.
 */
public class LocalPostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "marsad_test";
    private LocalPostgres postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String external = System.getenv("MARSAD_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", stripTrailingSlash(external) + "/" + database,
                    "quarkus.datasource.username", System.getenv().getOrDefault("MARSAD_DB_USER", "postgres"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("MARSAD_DB_PASSWORD", ""));
        }
        postgres = LocalPostgres.startThrowaway();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
