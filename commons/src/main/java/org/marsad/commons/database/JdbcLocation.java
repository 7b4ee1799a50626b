package org.marsad.commons.database;

import java.util.regex.Pattern;

/** A PostgreSQL JDBC URL split into server part, database name and query string. */
record JdbcLocation(String server, String database, String query) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    static JdbcLocation parse(String url) {
        var m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Expected jdbc:postgresql://HOST[:PORT]/DATABASE with a database name of "
                    + "letters, digits and underscores, got " + url);
        }
        return new JdbcLocation(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    String withDatabase(String name) {
        return server + "/" + name + query;
    }
}
