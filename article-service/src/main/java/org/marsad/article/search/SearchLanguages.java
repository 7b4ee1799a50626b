package org.marsad.article.search;

/** The PostgreSQL text-search configuration for an article's language: stemming and stop words of that language. */
public final class SearchLanguages {

    private SearchLanguages() {
    }

    public static String configFor(String language) {
        return switch (language == null ? "" : language) {
            case "ar" -> "arabic";
            case "fr" -> "french";
            case "en" -> "english";
            default -> "simple";
        };
    }
}
