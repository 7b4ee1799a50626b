package org.marsad.commons.text;

/**
 * Folds text for matching only (never for output): Arabic letter variants (أ إ آ ٱ → ا, ى → ي,
 * ة → ه, ؤ → و, ئ → ي, ڤ → ف), tatweel and diacritics removed, Arabic-Indic digits to ASCII, Latin
 * lower-cased with accents removed, punctuation runs turned into single spaces. Shared with search,
 * so a page line and a search query fold the same way.
 */
public final class TextFolding {

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

    /** Returns the folded character, or 0 when the character is dropped (tatweel, diacritics). */
    public static char foldChar(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> {
                return 'ا';
            }
            case 'ى', 'ئ', 'ی' -> {
                return 'ي';
            }
            case 'ة' -> {
                return 'ه';
            }
            case 'ؤ' -> {
                return 'و';
            }
            case 'ک' -> {
                return 'ك';
            }
            case 'ڤ', 'ڥ' -> {
                return 'ف'; // Maghrebi v, as in فريديريك ڤو
            }
            case 'ـ', '\u200c', '\u200d', '\u200e', '\u200f', '\u00ad', '\ufeff' -> {
                return 0;
            }
            case '\u00a0', '\u2007', '\u202f' -> {
                return ' ';
            }
            default -> {
            }
        }
        if (c >= '\u064b' && c <= '\u065f' || c == '\u0670' || c >= '\u06d6' && c <= '\u06ed') {
            return 0; // Arabic diacritics and Quranic marks
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
            return (char) ('0' + (c - '\u06f0'));
        }
        if (c < 0x250 && Character.isLetter(c)) {
            return stripLatinAccent(Character.toLowerCase(c));
        }
        return c;
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
