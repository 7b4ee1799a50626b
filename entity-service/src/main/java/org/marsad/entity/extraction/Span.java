package org.marsad.entity.extraction;

/** A stretch of the input text; UTF-16 offsets into the exact String given to extract(). text == input.substring(start, end). */
public record Span(int start, int end, String text) {

    /** The span of {@code input} between two offsets. */
    static Span of(String input, int start, int end) {
        return new Span(start, end, input.substring(start, end));
    }
}
