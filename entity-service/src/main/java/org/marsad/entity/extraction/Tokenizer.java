package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into words: maximal runs of letters and digits. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String folded) {
        List<Token> tokens = new ArrayList<>(folded.length() / 5 + 4);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean arabic = false;
            boolean digits = Character.isDigit(folded.charAt(i));
            // A word ends where letters turn into digits or back ("faqir18", "2024آخر" are page-glued pairs).
            while (i < n && Character.isLetterOrDigit(folded.charAt(i)) && Character.isDigit(folded.charAt(i)) == digits) {
                arabic |= TextNormalizer.isArabicLetter(folded.charAt(i));
                i++;
            }
            tokens.add(new Token(tokens.size(), start, i, folded.substring(start, i), arabic));
        }
        return tokens;
    }

    /** Folded words of a short string, for building lexicons and tries. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(TextNormalizer.fold(s))) {
            out.add(t.text());
        }
        return out;
    }
}
