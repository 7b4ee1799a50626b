package org.marsad.commons.paging;

import java.util.List;

/** One page of a listing, with how many items matched in all, so one call answers a Relay connection. */
public record PageOf<T>(List<T> items, long total) {
}
