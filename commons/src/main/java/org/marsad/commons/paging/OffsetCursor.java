package org.marsad.commons.paging;

import org.marsad.commons.rest.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Opaque Relay cursors: the position after which the next page starts. Clients must treat them as opaque;
 * encoding the offset keeps them stable across the services that page in the same order.
 */
public final class OffsetCursor {

    private static final String PREFIX = "o:";
    public static final int MAX_PAGE = 100;

    private OffsetCursor() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the first item after {@code cursor}; 0 for no cursor. */
    public static int startAfter(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below
        }
        throw new ApiException(400, "INVALID_CURSOR", "after is not a cursor this API returned: " + cursor);
    }

    /** A page's Relay edges: each item with the cursor of its position, counting from {@code offset}. */
    public static <T, E> List<E> edges(List<T> items, int offset, BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(encode(offset + i), items.get(i)));
        }
        return edges;
    }

    /** The cursor of a page's last item, or null for an empty page. */
    public static String endCursor(int offset, int count) {
        return count == 0 ? null : encode(offset + count - 1);
    }

    /** Checks {@code first}: between 0 and {@link #MAX_PAGE}. */
    public static int pageSize(Integer first, int defaultSize) {
        int size = first == null ? defaultSize : first;
        if (size < 0 || size > MAX_PAGE) {
            throw new ApiException(400, "INVALID_PAGE_SIZE", "first must be between 0 and " + MAX_PAGE + ", got " + size);
        }
        return size;
    }
}
