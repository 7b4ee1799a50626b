package org.marsad.entity.extraction;

import java.util.Set;

/**
 * Function words and common verbs of Arabic, French and English that never belong to a person's name
 * ({@code lexicon/stop-words.txt}).
 */
final class StopWords {

    private static final Set<String> WORDS = Lexicons.STOP_WORDS.words();

    private StopWords() {
    }

    static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
