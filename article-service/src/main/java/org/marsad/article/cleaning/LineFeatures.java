package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

/**
 * Measurements of one line (paragraph) of a page that tell article prose from page furniture:
 * word count, share of letters, digits and Latin letters, whether it ends like a sentence, and for
 * HTML how much of it is link text.
 */
record LineFeatures(String text, String key, int words, int letters, int arabicLetters, int latinLetters,
                    int digits, int punctuation, boolean endsSentence, boolean hasClauseMark, double linkRatio) {

    static LineFeatures of(String text, double linkRatio) {
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        int digits = 0;
        int punct = 0;
        int words = 0;
        boolean inWord = false;
        boolean clause = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0600' && c <= '\u06ff' || c >= '\u0750' && c <= '\u077f' || c >= '\ufb50' && c <= '\ufeff') {
                    arabic++;
                } else if (c < 0x250) {
                    latin++;
                }
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ') {
                // diacritics and tatweel belong to the word
            } else {
                inWord = false;
                if (!Character.isWhitespace(c)) {
                    punct++;
                    if (c == ',' || c == '،' || c == ';' || c == '؛') {
                        clause = true;
                    }
                }
            }
        }
        return new LineFeatures(text, TextFolding.key(text), words, letters, arabic, latin, digits, punct,
                endsLikeSentence(text), clause, linkRatio);
    }

    /** Sentence-final punctuation, looking past closing quotes and brackets. */
    private static boolean endsLikeSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'”’»)]›".indexOf(c) >= 0) {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '۔' || c == ':';
        }
        return false;
    }

    /** Length in non-space characters. */
    int visible() {
        return letters + digits + punctuation;
    }

    double letterRatio() {
        int v = visible();
        return v == 0 ? 0 : (double) letters / v;
    }

    /** True for a line that reads like article prose: enough words, mostly letters, sentence-shaped. */
    boolean isProse() {
        if (linkRatio > 0.5 || letterRatio() < 0.6) {
            return false;
        }
        return endsSentence && words >= 6 || hasClauseMark && words >= 18 || words >= 30;
    }

    /** A line worth considering as a headline: a few words, mostly letters. */
    boolean isSubstantial() {
        return words >= 3 && letters >= 12 && letterRatio() >= 0.6;
    }

    boolean hasLetters() {
        return letters > 0;
    }
}
