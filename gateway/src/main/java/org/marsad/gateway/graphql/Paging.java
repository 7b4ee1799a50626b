package org.marsad.gateway.graphql;

import org.marsad.gateway.graphql.errors.BadRequestError;

/** The paging arguments every connection takes, checked before any service is asked. */
final class Paging {

    /** The largest page: the services serve no more (commons KeysetCursor.MAX_PAGE). */
    static final int MAX_FIRST = 100;

    static final String FIRST = "How many items to return: 0 to 100 (default 20); more is BAD_REQUEST";
    static final String AFTER = "An endCursor (or any edge's cursor) from the same listing: the page starts after that item. "
            + "A cursor from another listing or not made by this API is BAD_REQUEST";

    private Paging() {
    }

    static Integer first(Integer first) {
        if (first != null && (first < 0 || first > MAX_FIRST)) {
            throw new BadRequestError("first must be between 0 and " + MAX_FIRST + ", got " + first);
        }
        return first;
    }
}
