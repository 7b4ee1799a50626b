package org.marsad.article.cleaning;

import org.marsad.commons.dates.PublicationDates;

/**
 * What the caller already knows about a page; every field is nullable.
 * Explicit (non-blank) values win over anything the cleaner detects. {@code publishedAt} is
 * normalized with {@link PublicationDates#parse} (so "18 يوليوز 2024" becomes "2024-07-18"); a
 * hint that is not a possible date is ignored. {@code language} accepts "ar", "fr-FR", "EN"…;
 * a language other than ar/fr/en is ignored.
 */
public record PageHints(String url, String outlet, String author, String publishedAt, String language) {

    /** No hints at all. */
    public static final PageHints NONE = new PageHints(null, null, null, null, null);
}
