package org.marsad.article.cleaning;

/**
 * The article without its page: the headline, the body (kept paragraphs joined by a blank line,
 * original characters preserved) and the metadata the cleaner found or was given.
 *
 * @param publishedAt ISO 8601 date ("2024-07-18") or partial ("2024-07", "2024"); null when unknown
 * @param language    "ar", "fr" or "en"
 */
public record CleanedArticle(String title, String body, String outlet, String author,
                             String publishedAt, String language, String url) {
}
