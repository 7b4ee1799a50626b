package org.marsad.entity.extraction;

/**
 * A word of the folded text.
 *
 * @param index position in the token list
 * @param start folded offset of the first char
 * @param end folded offset after the last char
 * @param text the folded word
 * @param arabic whether the word is written in Arabic script
 */
record Token(int index, int start, int end, String text, boolean arabic) {}
