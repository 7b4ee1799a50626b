package org.marsad.commons.text;

import java.text.Normalizer;

/**
 * Folds text for matching only (never for output): Arabic letter variants (أ إ آ ٱ → ا, ى → ي,
 * ة → ه, ؤ → و, ئ → ي, ڤ → ف), tatweel and diacritics removed, Arabic-Indic digits to ASCII, Latin
 * lower-cased with accents removed, punctuation runs turned into single spaces. The one folding of the
 * project: search, page cleaning and the extraction engine use it ({@link Use} names what differs), so a
 * page line, a search query and a lexicon entry fold the same way. Clitics: {@link ArabicClitics}.
 */
public final class TextFolding {

    /** What text is folded for. */
    public enum Use {
        /** Article search, page lines and markers: the folding stored search vectors were built with. */
        SEARCH,
        /** The extraction engine: search's folding plus rarer letter forms, typographic punctuation, every accent. */
        EXTRACTION
    }

    /** {@link #folded} of a character that is removed. */
    public static final int DROPPED = -1;

    private static final int[] SEARCH = build(Use.SEARCH);
    private static final int[] EXTRACTION = build(Use.EXTRACTION);

    private TextFolding() {
    }

    /** Folded form with punctuation kept; whitespace collapsed. */
    public static String fold(String s) {
        return fold(s, null);
    }

    /**
     * Folded form; when {@code map} is given (length at least s.length() + 1) it receives, for each
     * folded offset, the offset of the same character in {@code s}.
     */
    public static String fold(String s, int[] map) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        int spaceAt = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = foldChar(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!space) {
                    spaceAt = i;
                }
                space = out.length() > 0;
                continue;
            }
            if (space) {
                if (map != null) {
                    map[out.length()] = spaceAt;
                }
                out.append(' ');
                space = false;
            }
            if (map != null) {
                map[out.length()] = i;
            }
            out.append(c);
        }
        if (map != null) {
            map[out.length()] = s.length();
        }
        return out.toString();
    }

    /** Folded form reduced to letters, digits and single spaces: for comparing lines and markers. */
    public static String key(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = foldChar(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Returns the folded character for search, or 0 when the character is dropped (tatweel, diacritics). */
    public static char foldChar(char c) {
        int f = SEARCH[c];
        return f == DROPPED ? 0 : (char) f;
    }

    /** The folded character for {@code use}, or {@link #DROPPED} when the character is removed. */
    public static int folded(char c, Use use) {
        return use == Use.SEARCH ? SEARCH[c] : EXTRACTION[c];
    }

    /**
     * The one set of folding rules, compiled per use. Both uses unify the Arabic letter variants and drop diacritics,
     * tatweel and soft hyphens; the differences are spelled out here, not kept in a second table.
     */
    private static int[] build(Use use) {
        boolean x = use == Use.EXTRACTION;
        int[] t = new int[65536];
        for (int c = 0; c < t.length; c++) {
            t[c] = c;
        }
        // Arabic diacritics, Quranic marks and tatweel carry no identity; nor do invisible formatting characters.
        range(t, 0x064B, 0x065F, DROPPED);
        t[0x0670] = DROPPED;
        range(t, 0x06D6, 0x06ED, DROPPED);
        t[0x0640] = DROPPED;
        range(t, 0x200C, 0x200F, DROPPED);
        t[0x00AD] = DROPPED;
        t[0xFEFF] = DROPPED;
        map(t, "أإآٱ", 'ا');
        map(t, "ىئی", 'ي');
        map(t, "ة", 'ه');
        map(t, "ؤ", 'و');
        map(t, "ک", 'ك');
        map(t, "ڤ", 'ف'); // Maghrebi v, as in فريديريك ڤو
        for (int d = 0; d < 10; d++) {
            t[0x0660 + d] = '0' + d;
            t[0x06F0 + d] = '0' + d;
        }
        map(t, "\u00A0\u2007\u202F", ' ');
        if (x) {
            // Extraction also folds rarer letter forms, typographic punctuation and every Latin accent, and drops
            // bidirectional controls and the zero-width space; search vectors were built without these.
            range(t, 0x0610, 0x061A, DROPPED);
            t[0x200B] = DROPPED;
            range(t, 0x202A, 0x202E, DROPPED);
            t[0xFFFF] = DROPPED;
            map(t, "ۍ", 'ي');
            map(t, "ۃ", 'ه');
            map(t, "گڪ", 'ك');
            map(t, "ٯ", 'ق');
            map(t, "ڢ", 'ف');
            map(t, "“”„‟«»″", '"');
            map(t, "‘’‚‛′`´", '\'');
            map(t, "\u2009\u200A\u2002\u2003", ' ');
            map(t, "‐‑‒–—―", '-');
            map(t, "٫", '.');
            map(t, "٬", ',');
            for (int c = 'A'; c <= 'Z'; c++) {
                t[c] = c + 32;
            }
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
            map(t, "ØøŒœ", 'o');
            map(t, "Ææ", 'a');
        } else {
            map(t, "ٲٳ", 'ا');
            map(t, "ڥ", 'ف');
            for (int c = 0; c < 0x250; c++) {
                if (Character.isLetter(c)) {
                    t[c] = stripLatinAccent(Character.toLowerCase((char) c));
                }
            }
        }
        return t;
    }

    private static void range(int[] t, int from, int to, int value) {
        for (int c = from; c <= to; c++) {
            t[c] = value;
        }
    }

    private static void map(int[] t, String from, char to) {
        for (int i = 0; i < from.length(); i++) {
            t[from.charAt(i)] = to;
        }
    }

    private static char stripLatinAccent(char c) {
        return switch (c) {
            case 'à', 'â', 'ä', 'á', 'ã' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'î', 'ï', 'í', 'ì' -> 'i';
            case 'ô', 'ö', 'ó', 'ò', 'õ' -> 'o';
            case 'û', 'ü', 'ú', 'ù' -> 'u';
            case 'ç' -> 'c';
            case 'ñ' -> 'n';
            case 'ÿ' -> 'y';
            default -> c;
        };
    }

    /** Strips leading and trailing whitespace including no-break and zero-width spaces. */
    public static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200e'
                || c == '\u200f' || c == '\ufeff';
    }

    /** ASCII digits for Arabic-Indic and Eastern Arabic-Indic digits; other characters unchanged. */
    public static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char d = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660'))
                    : c >= '\u06f0' && c <= '\u06f9' ? (char) ('0' + (c - '\u06f0')) : c;
            if (d != c && out == null) {
                out = new StringBuilder(s);
            }
            if (out != null) {
                out.setCharAt(i, d);
            }
        }
        return out == null ? s : out.toString();
    }
}
