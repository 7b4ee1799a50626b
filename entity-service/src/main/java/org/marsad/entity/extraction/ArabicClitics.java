package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك, the article ال and the fused لل (ل + ال).
 * Works on folded words.
 */
final class ArabicClitics {

    private static final String ARTICLE = "ال";
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    /** Greedy strip order used for name keys (mirrors the reference scorer). */
    private static final String[] KEY_PREFIXES = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"};

    private ArabicClitics() {
    }

    /**
     * Every reading of a text word with some leading clitics removed, the word itself first. A reading keeps at least
     * two letters. Readings that lost the article can then be compared with {@link #aliasCore(String)}.
     */
    static List<String> readings(String word) {
        char c0 = word.charAt(0);
        if (word.length() < 3 || c0 != 'و' && c0 != 'ف' && c0 != 'ب' && c0 != 'ل' && c0 != 'ك' && c0 != 'ا') {
            return List.of(word); // no clitic can start it
        }
        List<String> out = new ArrayList<>(6);
        out.add(word);
        for (String conj : CONJUNCTIONS) {
            if (!word.startsWith(conj)) {
                continue;
            }
            String a = word.substring(conj.length());
            if (a.length() < 2) {
                continue;
            }
            if (!conj.isEmpty()) {
                add(out, a);
            }
            addWithoutArticle(out, a);
            char p = a.charAt(0);
            if ((p == 'ب' || p == 'ل' || p == 'ك') && a.length() >= 3) {
                String b = a.substring(1);
                add(out, b);
                addWithoutArticle(out, b);
            }
            if (a.startsWith("لل") && a.length() >= 4) {
                add(out, a.substring(2));
            }
        }
        return out;
    }

    /** The form an alias word is indexed under: without its article. */
    static String aliasCore(String word) {
        if (word.startsWith(ARTICLE) && word.length() >= 4) {
            return word.substring(2);
        }
        return word;
    }

    /** Strips the longest leading clitic group, keeping at least two letters (the name-key folding). */
    static String keyForm(String word) {
        for (String p : KEY_PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    /** Whether the word starts with a preposition clitic (ب ل ك, possibly after و ف), i.e. "in/to/of X". */
    static boolean hasPreposition(String word) {
        int i = 0;
        if (word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            i = 1;
        }
        if (word.length() - i < 3) {
            return false;
        }
        char c = word.charAt(i);
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static void addWithoutArticle(List<String> out, String w) {
        if (w.startsWith(ARTICLE) && w.length() >= 4) {
            add(out, w.substring(2));
        }
    }

    private static void add(List<String> out, String w) {
        if (!out.contains(w)) {
            out.add(w);
        }
    }
}
