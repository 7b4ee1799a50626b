package org.marsad.commons.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك, the article ال and the fused لل (ل + ال).
 * Works on folded words ({@link TextFolding}). The one clitic table of the project: article search strips clitics
 * with {@link #withoutClitics}, the extraction engine reads words with {@link #readings} and keys names with
 * {@link #keyForm}.
 */
public final class ArabicClitics {

    private static final String ARTICLE = "ال";
    private static final String CONJUNCTION_LETTERS = "وف";
    private static final String PREPOSITION_LETTERS = "بلك";
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    /** Article-and-clitic groups, longest first; what follows must keep at least two letters. */
    private static final String[] ARTICLE_GROUPS = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال"};
    /** Single-letter clitics, after the groups: the greedy strip order of name keys (mirrors the reference scorer). */
    private static final String[] SINGLE_LETTERS = {"و", "ف", "ب", "ل", "ك"};
    /** Search strips a single-letter clitic only from a long word: لجنة (committee) must not become جنة. */
    private static final int MIN_AFTER_SINGLE = 4;

    private ArabicClitics() {
    }

    /**
     * Every reading of a text word with some leading clitics removed, the word itself first. A reading keeps at least
     * two letters. Readings that lost the article can then be compared with {@link #aliasCore(String)}.
     */
    public static List<String> readings(String word) {
        char c0 = word.charAt(0);
        if (word.length() < 3 || !isCliticLetter(c0) && c0 != 'ا') {
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
            if (isPreposition(a.charAt(0)) && a.length() >= 3) {
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
    public static String aliasCore(String word) {
        if (word.startsWith(ARTICLE) && word.length() >= 4) {
            return word.substring(2);
        }
        return word;
    }

    /** Strips the longest leading clitic group, keeping at least two letters (the name-key folding). */
    public static String keyForm(String word) {
        String bare = withoutArticleGroup(word);
        if (!bare.equals(word)) {
            return bare;
        }
        for (String p : SINGLE_LETTERS) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    /**
     * The word without its leading clitics (the search folding). Clitics come off one at a time until none is left,
     * so the result does not depend on how many the word carried: وفرنسا, فرنسا and بفرنسا fold alike, and folding a
     * folded word changes nothing. A single letter comes off only when {@value #MIN_AFTER_SINGLE} letters stay.
     */
    public static String withoutClitics(String word) {
        String w = word;
        for (String next = stripOne(w); !next.equals(w); next = stripOne(w)) {
            w = next;
        }
        return w;
    }

    private static String stripOne(String w) {
        String bare = withoutArticleGroup(w);
        if (!bare.equals(w)) {
            return bare;
        }
        return w.length() - 1 >= MIN_AFTER_SINGLE && isCliticLetter(w.charAt(0)) ? w.substring(1) : w;
    }

    /** The word without the first article group it starts with, keeping at least two letters. */
    private static String withoutArticleGroup(String word) {
        for (String group : ARTICLE_GROUPS) {
            if (word.startsWith(group) && word.length() - group.length() >= 2) {
                return word.substring(group.length());
            }
        }
        return word;
    }

    /** Whether the word starts with a preposition clitic (ب ل ك, possibly after و ف), i.e. "in/to/of X". */
    public static boolean hasPreposition(String word) {
        int i = 0;
        if (word.length() > 3 && CONJUNCTION_LETTERS.indexOf(word.charAt(0)) >= 0) {
            i = 1;
        }
        if (word.length() - i < 3) {
            return false;
        }
        return isPreposition(word.charAt(i));
    }

    private static boolean isCliticLetter(char c) {
        return CONJUNCTION_LETTERS.indexOf(c) >= 0 || isPreposition(c);
    }

    private static boolean isPreposition(char c) {
        return PREPOSITION_LETTERS.indexOf(c) >= 0;
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
