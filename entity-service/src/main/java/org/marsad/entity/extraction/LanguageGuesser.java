package org.marsad.entity.extraction;

import java.util.Set;

/** Tells Arabic, French and English apart by script and by the commonest function words. */
final class LanguageGuesser {

    private static final Set<String> FRENCH = Lexicons.LANGUAGE_FRENCH.words();
    private static final Set<String> ENGLISH = Lexicons.LANGUAGE_ENGLISH.words();

    private LanguageGuesser() {
    }

    static String guess(Document doc) {
        int arabic = 0;
        int french = 0;
        int english = 0;
        int latin = 0;
        for (Token t : doc.tokens()) {
            if (t.arabic()) {
                arabic++;
            } else if (Character.isLetter(t.text().charAt(0))) {
                latin++;
                if (FRENCH.contains(t.text())) {
                    french++;
                }
                if (ENGLISH.contains(t.text())) {
                    english++;
                }
            }
        }
        if (arabic >= latin) {
            return "ar";
        }
        return french > english ? "fr" : "en";
    }
}
