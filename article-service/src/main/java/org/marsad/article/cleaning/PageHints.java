package org.marsad.article.cleaning;

/**
 * What the caller already knows about a page; every field is nullable.
 * Explicit (non-blank) values win over anything the cleaner detects.
 */
public record PageHints(String url, String outlet, String author, String publishedAt, String language) {

    /** No hints at all. */
    public static final PageHints NONE = new PageHints(null, null, null, null, null);
}
