package org.marsad.commons.database;

import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgres;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replicas starting together on a server without their database all look for it, find none and create it: one
 * CREATE DATABASE wins, and the others must carry on with that database instead of failing to start.
 */
class DatabaseCreationRaceTest {

    private static final int REPLICAS = 8;

    @Test
    void replicasRacingToCreateTheDatabaseAllSucceed() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startThrowaway()) {
            String url = postgres.jdbcUrl("marsad_race");
            CyclicBarrier together = new CyclicBarrier(REPLICAS);
            ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
            try {
                List<Future<?>> replicas = new ArrayList<>();
                for (int i = 0; i < REPLICAS; i++) {
                    var bootstrap = new DatabaseBootstrap(null, url, Optional.of(postgres.user()), Optional.of(postgres.password()));
                    replicas.add(pool.submit(() -> {
                        together.await();
                        bootstrap.createIfMissing(JdbcLocation.parse(url));
                        return null;
                    }));
                }
                for (Future<?> replica : replicas) {
                    replica.get(); // rethrows a replica's failure
                }
            } finally {
                pool.shutdownNow();
            }
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
                 var rs = connection.createStatement().executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'marsad_race'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
