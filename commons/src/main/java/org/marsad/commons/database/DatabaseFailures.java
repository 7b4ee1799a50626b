package org.marsad.commons.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an unreachable database (down, restarting, or no connection free in time) from other failures: that is an
 * operating condition the caller may retry after a few seconds, not a bug, so it is answered 503 and logged as one line.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether {@code failure}, one of its causes, or an exception suppressed into one of them says the database could
     * not be reached or went away. Suppressed ones count because a transaction whose commit fails is rolled back with
     * the driver's error added to the {@code RollbackException} that way, not as its cause.
     */
    public static boolean isUnavailable(Throwable failure) {
        return find(failure) != null;
    }

    private static SQLException find(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && isOutage(sql)) {
                return sql;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    private static boolean isOutage(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        // 08: connection exception; 57P01-57P03: the server shut down, crashed or is starting.
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        String message = sql.getMessage();
        // Agroal, when no connection could be opened in time: "Sorry, acquisition timeout!", "Acquisition
        // timeout while waiting for new connection".
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The database's own words (else the innermost message), for a one-line log. */
    public static String reason(Throwable failure) {
        Throwable root = find(failure);
        if (root == null) {
            root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
