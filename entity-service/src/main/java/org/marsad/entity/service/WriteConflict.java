package org.marsad.entity.service;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a failed write lost a race that PostgreSQL settled by aborting it, so that trying again succeeds:
 * a deadlock, a serialization failure, or a unique key another writer took first.
 */
public final class WriteConflict implements Predicate<Throwable> {

    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "23505", "55P03");

    @Override
    public boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) { // a batch chains its failures
                    if (SQL_STATES.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
