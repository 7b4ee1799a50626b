package org.marsad.commons.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.commons.rest.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opaque Relay cursors that hold an item's position in the sort order (its sort key and id), not its offset:
 * the next page starts after that position, so items inserted or removed between two requests neither repeat
 * nor skip items. A cursor is base64url of a small JSON array: the listing's kind, then the sort key's values.
 */
public final class KeysetCursor {

    /** The largest page any listing serves ({@code first}). */
    public static final int MAX_PAGE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private KeysetCursor() {
    }

    /** The cursor of an item in listing {@code kind} at sort position {@code key} (values may be null). */
    public static String encode(String kind, Object... key) {
        List<String> values = new ArrayList<>(key.length + 1);
        values.add(kind);
        Arrays.stream(key).map(v -> v == null ? null : v.toString()).forEach(values::add);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a cursor", e);
        }
    }

    /**
     * The sort key held by {@code after} (without the kind), or empty without a cursor. A cursor of another
     * listing, of another shape, or not made by this API is the client's mistake: 400 INVALID_CURSOR.
     */
    public static Optional<List<String>> decode(String after, String kind, int keySize) {
        if (after == null || after.isBlank()) {
            return Optional.empty();
        }
        try {
            List<String> values = JSON.readValue(Base64.getUrlDecoder().decode(after.strip()), STRINGS);
            if (values != null && values.size() == keySize + 1 && kind.equals(values.get(0))) {
                return Optional.of(values.subList(1, values.size()));
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // falls through to the client error below
        }
        throw new ApiException(400, "INVALID_CURSOR", "after is not a cursor this API returned: " + abbreviate(after));
    }

    /** Checks {@code first}: between 0 and {@link #MAX_PAGE}. */
    public static int pageSize(Integer first, int defaultSize) {
        int size = first == null ? defaultSize : first;
        if (size < 0 || size > MAX_PAGE) {
            throw new ApiException(400, "INVALID_PAGE_SIZE", "first must be between 0 and " + MAX_PAGE + ", got " + size);
        }
        return size;
    }

    /** A page's Relay edges: each item with the cursor of its own position. */
    public static <T, E> List<E> edges(List<T> items, Function<T, String> cursor, BiFunction<String, T, E> edge) {
        return items.stream().map(item -> edge.apply(cursor.apply(item), item)).toList();
    }

    /** A number read back from a cursor; a cursor whose values are not numbers was not made by this API. */
    public static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "INVALID_CURSOR", "after is not a cursor this listing returned");
        }
    }

    /** A score or rank read back from a cursor (the database's {@code real}, which a float holds exactly). */
    public static float real(String value) {
        try {
            return Float.parseFloat(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new ApiException(400, "INVALID_CURSOR", "after is not a cursor this listing returned");
        }
    }

    /** A day read back from a cursor (null stays null: undated items sort last). */
    public static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "INVALID_CURSOR", "after is not a cursor this listing returned");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
