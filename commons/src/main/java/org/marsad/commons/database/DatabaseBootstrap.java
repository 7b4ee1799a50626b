package org.marsad.commons.database;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * At start, creates the service's own database when the server lacks it, then migrates it with Flyway.
 *
 * <p>Quarkus' own migrate-at-start runs before any bean could create the database, so services that own data
 * set {@code quarkus.flyway.migrate-at-start=false} and {@code marsad.database.bootstrap=true} (a build property:
 * the gateway, which owns no tables, does not even contain this bean).
 */
@ApplicationScoped
@IfBuildProperty(name = "marsad.database.bootstrap", stringValue = "true")
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    /** duplicate_database, or the unique index on pg_database when both CREATE DATABASE statements got that far. */
    private static final Set<String> CREATED_CONCURRENTLY = Set.of("42P04", "23505");

    private final Flyway flyway;
    private final String url;
    private final String user;
    private final String password;

    public DatabaseBootstrap(Flyway flyway,
                             @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.flyway = flyway;
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        JdbcLocation location = JdbcLocation.parse(url);
        createIfMissing(location);
        var result = flyway.migrate();
        LOG.infof("Database %s at schema version %s (%d migrations applied now)",
                location.database(), flyway.info().current() == null ? "none" : flyway.info().current().getVersion(),
                result.migrationsExecuted);
    }

    void createIfMissing(JdbcLocation location) {
        try (Connection admin = DriverManager.getConnection(location.withDatabase("postgres"), user, password);
             var check = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, location.database());
            if (check.executeQuery().next()) {
                return;
            }
            try (var create = admin.createStatement()) {
                // Identifiers cannot be bound as parameters; JdbcLocation only admits [A-Za-z0-9_] names.
                create.execute("CREATE DATABASE " + location.database() + " ENCODING 'UTF8' TEMPLATE template0");
                LOG.infof("Created database %s", location.database());
            } catch (SQLException e) {
                // Another replica starting at the same moment created it first; Flyway's lock orders the migrations.
                if (!CREATED_CONCURRENTLY.contains(e.getSQLState()) || !check.executeQuery().next()) {
                    throw e;
                }
                LOG.infof("Database %s was created by another instance starting at the same time", location.database());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach or create database " + location.database() + " at "
                    + location.withDatabase("") + ": " + e.getMessage(), e);
        }
    }
}
