package org.marsad.article.cleaning;

import java.util.regex.Pattern;

/**
 * Small patterns shared by the cleaning classes, compiled once (String.split/replaceAll would
 * recompile them on every call).
 */
final class Regexes {

    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern LINE_BREAK = Pattern.compile("\\R");
    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    static final Pattern DIGIT_RUNS = Pattern.compile("\\s*\\d+\\s*");
    static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|,:;/•·.–—\\-]+$");
    static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.*");

    private Regexes() {
    }

    /** Number of whitespace-separated tokens. */
    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }
}
