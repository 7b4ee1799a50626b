package org.marsad.entity.extraction;

/**
 * A text in folded form with the way back to the original.
 *
 * @param original the text given to the engine
 * @param text the folded text
 * @param toOriginal for each index of {@code text} (and its end) the index in {@code original}
 */
record NormalizedText(String original, String text, int[] toOriginal) {

    /** Original offset of the folded char at {@code index}. */
    int originalStart(int index) {
        return toOriginal[index];
    }

    /** Original offset just after the folded char at {@code index - 1}, so original spans keep trailing dropped marks. */
    int originalEnd(int endIndex) {
        if (endIndex <= 0) {
            return 0;
        }
        int last = toOriginal[endIndex - 1] + 1;
        // Include diacritics and tatweel that were dropped right after the last kept char.
        int next = toOriginal[endIndex];
        int end = last;
        while (end < next && !Character.isWhitespace(original.charAt(end)) && isMark(original.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The original-text span for folded range [start, end). */
    Span span(int start, int end) {
        return Span.of(original, originalStart(start), originalEnd(end));
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || c == '\u0640' || type == Character.FORMAT;
    }
}
