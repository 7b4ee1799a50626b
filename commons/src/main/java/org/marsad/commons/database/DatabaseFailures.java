package org.marsad.commons.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an unreachable database (down, restarting, or no connection free in time) from other failures: that is an
 * operating condition the caller may retry after a few seconds, not a bug, so it is answered 503 and logged as one line.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether {@code failure}, or one of its causes, says the database could not be reached or went away. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server shut down, crashed or is starting.
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = sql.getMessage();
                // Agroal, when no connection could be opened in time: "Sorry, acquisition timeout!", "Acquisition
                // timeout while waiting for new connection".
                if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, for a one-line log. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
