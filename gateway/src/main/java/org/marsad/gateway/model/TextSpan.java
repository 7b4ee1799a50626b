package org.marsad.gateway.model;

/** A stretch of text: UTF-16 offsets into the article's cleaned body (or the text given to extract). */
public record TextSpan(int start, int end, String text) {
}
