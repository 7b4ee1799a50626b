package org.marsad.commons.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What counts as the database being unreachable (answered 503, logged as one WARN line) and what does not. */
class DatabaseFailuresTest {

    @Test
    void lostConnectionsAndAPoolThatCannotOpenOneAreOutages() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection", "57P01")));
        // The connection pool's own words, wrapped as an ORM and a CDI proxy wrap them.
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException(new RuntimeException(
                new SQLException("Sorry, acquisition timeout!")))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aBrokenQueryOrAConstraintIsNoOutage() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad input")));
    }
}
