package org.marsad.entity.extraction;

/**
 * A sentence of the folded text.
 *
 * @param index position in the sentence list
 * @param start folded offset of its first char
 * @param end folded offset after its last char
 * @param tokenFrom first token
 * @param tokenTo token after the last
 * @param line index of the text line (paragraph) it belongs to
 * @param kind whether it is the title, article prose, or page noise
 */
record Sentence(int index, int start, int end, int tokenFrom, int tokenTo, int line, Kind kind) {

    enum Kind { TITLE, PROSE, NOISE }

    /** Whether names found here belong to the article (title or prose). */
    boolean content() {
        return kind != Kind.NOISE;
    }

    boolean prose() {
        return kind == Kind.PROSE;
    }

    boolean contains(int token) {
        return token >= tokenFrom && token < tokenTo;
    }
}
