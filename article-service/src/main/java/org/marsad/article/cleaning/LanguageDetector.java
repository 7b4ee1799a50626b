package org.marsad.article.cleaning;

import java.util.Set;

/**
 * Tells Arabic, French and English apart: Arabic by script, French from English by stopwords and
 * accented letters. Good enough for news prose; not meant for a few words.
 */
final class LanguageDetector {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
            "pour", "dans", "que", "qui", "sur", "avec", "au", "aux", "par", "pas", "il", "elle", "ont", "ses", "son",
            "sa", "cette", "ce", "leur", "entre", "lors", "selon", "été", "où", "mais", "plus");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "for", "on",
            "with", "that", "by", "as", "at", "from", "it", "has", "have", "had", "were", "are", "which", "this",
            "his", "her", "their", "said", "will", "an", "be", "been", "after", "between", "during");

    private LanguageDetector() {
    }

    static String detect(String text) {
        int arabic = 0;
        int latin = 0;
        int accents = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06ff' || c >= '\u0750' && c <= '\u077f') {
                if (Character.isLetter(c)) {
                    arabic++;
                }
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
                if ("éèêàâçîôûëïù".indexOf(Character.toLowerCase(c)) >= 0) {
                    accents++;
                }
            }
        }
        if (arabic >= latin) {
            return "ar";
        }
        int fr = 0;
        int en = 0;
        for (String w : Regexes.NON_LETTERS.split(text.toLowerCase())) {
            if (FRENCH.contains(w)) {
                fr++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        fr += accents / 4;
        return fr > en ? "fr" : "en";
    }

    /** Normalizes a caller's language hint ("AR", "fr-FR", "English") to ar/fr/en, or null. */
    static String normalizeHint(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String h = hint.strip().toLowerCase();
        if (h.startsWith("ar") || h.equals("العربية")) {
            return "ar";
        }
        if (h.startsWith("fr")) {
            return "fr";
        }
        if (h.startsWith("en")) {
            return "en";
        }
        return null;
    }
}
