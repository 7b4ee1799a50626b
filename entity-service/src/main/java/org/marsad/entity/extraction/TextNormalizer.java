package org.marsad.entity.extraction;

import java.text.Normalizer;

/**
 * Folds text into the form all matching works on, keeping a map back to the original offsets.
 *
 * <p>Arabic letter variants are unified (أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, ڤ→ف, گ→ك…), diacritics and tatweel are
 * dropped, Arabic-Indic digits become ASCII, Latin letters are lowercased and lose their accents, curly quotes
 * become straight ones. Every folding is one char to at most one char, so a single table built once serves all calls.
 */
final class TextNormalizer {

    /** Marker in {@link #FOLD} for characters that are removed. */
    private static final char DROP = '\uFFFF';
    private static final char[] FOLD = buildTable();

    private TextNormalizer() {
    }

    /** The folded form of {@code text} with, for each folded char, the index of the original char it came from. */
    static NormalizedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] toOriginal = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char f = FOLD[text.charAt(i)];
            if (f == DROP) {
                continue;
            }
            out[k] = f;
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
            char f = FOLD[s.charAt(i)];
            if (f != DROP) {
                b.append(f);
            }
        }
        return b.toString();
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
    }

    private static char[] buildTable() {
        char[] t = new char[65536];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
        }
        // Arabic diacritics, Quranic marks and tatweel carry no identity.
        dropRange(t, 0x0610, 0x061A);
        dropRange(t, 0x064B, 0x065F);
        t[0x0670] = DROP;
        dropRange(t, 0x06D6, 0x06ED);
        t[0x0640] = DROP;
        // Invisible formatting characters.
        dropRange(t, 0x200B, 0x200F);
        dropRange(t, 0x202A, 0x202E);
        t[0x00AD] = DROP;
        t[0xFEFF] = DROP;
        map(t, "أإآٱ", 'ا');
        map(t, "ىیۍ", 'ي');
        map(t, "ئ", 'ي');
        map(t, "ةۃ", 'ه');
        map(t, "ؤ", 'و');
        map(t, "ڤ", 'ف');
        map(t, "گکڪ", 'ك');
        map(t, "ٯ", 'ق');
        map(t, "ڢ", 'ف');
        for (int d = 0; d < 10; d++) {
            t[0x0660 + d] = (char) ('0' + d);
            t[0x06F0 + d] = (char) ('0' + d);
        }
        map(t, "“”„‟«»″", '"');
        map(t, "‘’‚‛′`´", '\'');
        map(t, "\u00A0\u2007\u202F\u2009\u200A\u2002\u2003", ' ');
        map(t, "‐‑‒–—―", '-');
        map(t, "٫", '.');
        map(t, "٬", ',');
        for (int c = 'A'; c <= 'Z'; c++) {
            t[c] = (char) (c + 32);
        }
        // Latin-1 and Latin Extended-A/B: strip accents, lowercase.
        for (int c = 0x00C0; c <= 0x024F; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = Character.toLowerCase(d.charAt(0));
            if (base < 0x80 || Character.isLetter(base)) {
                t[c] = base;
            }
        }
        t['×'] = '×';
        t['÷'] = '÷';
        t['ß'] = 'ß';
        t['Ø'] = 'o';
        t['ø'] = 'o';
        t['Œ'] = 'o';
        t['œ'] = 'o';
        t['Æ'] = 'a';
        t['æ'] = 'a';
        return t;
    }

    private static void dropRange(char[] t, int from, int to) {
        for (int c = from; c <= to; c++) {
            t[c] = DROP;
        }
    }

    private static void map(char[] t, String from, char to) {
        for (int i = 0; i < from.length(); i++) {
            t[from.charAt(i)] = to;
        }
    }
}
