package org.marsad.commons.paging;

import java.util.List;

/**
 * One page of a listing, with how many items matched in all and whether more follow, so one call answers a
 * Relay connection.
 */
public record PageOf<T>(List<T> items, long total, boolean hasNext) {

    /** The first {@code limit} of {@code fetched} rows, which were asked with one more to tell whether a next page exists. */
    public static <T> PageOf<T> of(List<T> fetched, int limit, long total) {
        return new PageOf<>(fetched.size() > limit ? List.copyOf(fetched.subList(0, limit)) : fetched, total, fetched.size() > limit);
    }
}
