package org.marsad.commons.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aCommitThatFailsOnALostConnectionIsAnOutage() {
        // As Narayana reports a commit whose resource failed: the driver's error suppressed into the RollbackException
        // (via the XA resource's XAException), which CDI wraps as undeclared since the method does not declare it.
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var xa = new javax.transaction.xa.XAException("commit failed");
        xa.initCause(lost);
        var rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        var undeclared = new RuntimeException(rollback);
        assertTrue(DatabaseFailures.isUnavailable(undeclared));
        assertEquals("SQLException: An I/O error occurred while sending to the backend.", DatabaseFailures.reason(undeclared));
    }

    @Test
    void aBrokenQueryOrAConstraintIsNoOutage() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad input")));
        var rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseFailures.isUnavailable(rollback));
    }
}
