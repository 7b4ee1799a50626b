package org.marsad.commons.paging;

import java.util.Optional;

/** Ids arrive as GraphQL/REST strings; the services store numbers. An id that is not a number names nothing. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
