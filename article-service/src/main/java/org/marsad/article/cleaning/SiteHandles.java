package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a site handle into a display name using only general rules: camelCase is split
 * ("MoroccoWorldNews" → "Morocco World News"); in an all-lower-case handle, common news words at
 * the end are split off ("...today", "...news", "...press") and a leading "al" is split off when
 * the page writes the site's Arabic name with the article ال. Anything else is returned as-is.
 */
final class SiteHandles {

    /** Words news sites end their handles with, longest first. */
    private static final List<String> SUFFIXES = List.of("journal", "tribune", "express", "online", "presse",
            "morocco", "today", "times", "daily", "press", "hebdo", "maroc", "media", "news", "post", "info",
            "actu", "live", "mag", "tv");

    private static final java.util.regex.Pattern CAMEL_BOUNDARY =
            java.util.regex.Pattern.compile("(?<=[a-z]{3})(?=[A-Z][a-z]{2})");

    private SiteHandles() {
    }

    static String displayName(String handle, String arabicName) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        String h = handle.strip();
        if (!h.equals(h.toLowerCase())) {
            return CAMEL_BOUNDARY.matcher(h).replaceAll(" ");
        }
        List<String> tail = new ArrayList<>();
        String rest = h;
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (String s : SUFFIXES) {
                if (rest.endsWith(s) && rest.length() - s.length() >= 4) {
                    tail.add(0, s);
                    rest = rest.substring(0, rest.length() - s.length());
                    peeled = true;
                    break;
                }
            }
        }
        String head = null;
        String key = arabicName == null ? "" : TextFolding.key(arabicName);
        if (rest.startsWith("al") && rest.length() >= 6 && Character.isLetter(rest.charAt(2)) && key.startsWith("ال")) {
            head = "al";
            rest = rest.substring(2);
        }
        if (tail.isEmpty() && head == null) {
            return h;
        }
        StringBuilder out = new StringBuilder();
        if (head != null) {
            out.append(capitalize(head)).append(' ');
        }
        out.append(capitalize(rest));
        for (String t : tail) {
            out.append(' ').append(t.length() <= 2 ? t.toUpperCase() : capitalize(t));
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
