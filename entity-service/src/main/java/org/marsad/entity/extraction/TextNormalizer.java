package org.marsad.entity.extraction;

import org.marsad.commons.text.TextFolding;

/**
 * Folds text into the form all matching works on, keeping a map back to the original offsets.
 *
 * <p>Arabic letter variants are unified (أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, ڤ→ف, گ→ك…), diacritics and tatweel are
 * dropped, Arabic-Indic digits become ASCII, Latin letters are lowercased and lose their accents, curly quotes
 * become straight ones: {@link TextFolding} for {@link TextFolding.Use#EXTRACTION}, the project's one folding. Every
 * folding is one char to at most one char, so offsets map back char by char.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The folded form of {@code text} with, for each folded char, the index of the original char it came from. */
    static NormalizedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] toOriginal = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int f = TextFolding.folded(text.charAt(i), TextFolding.Use.EXTRACTION);
            if (f == TextFolding.DROPPED) {
                continue;
            }
            out[k] = (char) f;
            toOriginal[k] = i;
            k++;
        }
        toOriginal[k] = n;
        int[] map = new int[k + 1];
        System.arraycopy(toOriginal, 0, map, 0, k + 1);
        return new NormalizedText(text, new String(out, 0, k), map);
    }

    /** Folds a short string (an alias, a lexicon entry) without keeping offsets. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int f = TextFolding.folded(s.charAt(i), TextFolding.Use.EXTRACTION);
            if (f != TextFolding.DROPPED) {
                b.append((char) f);
            }
        }
        return b.toString();
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
    }
}
