package org.marsad.article.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.commons.text.TextFolding;

/**
 * Folds text before PostgreSQL's text-search configurations see it, so that spellings the stemmers
 * keep apart meet: letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, ڤ → ف), diacritics and tatweel,
 * Latin accents, and Arabic proclitics (و ف, ب ل ك, ال and their combinations such as وبال or لل).
 * Articles and queries go through the same function, one output word per input word, so word
 * positions (and phrase queries) survive; characters that are not letters or digits pass unchanged,
 * which keeps the quotes, {@code or} and {@code -} of a web-search query. Arabic stop words (Lucene's
 * list) are dropped here, by their spelling before folding: once folded, على would be the name علي.
 */
public final class SearchFolding {

    /** Article-and-conjunction groups, longest first; what follows must keep at least two letters. */
    private static final String[] ARTICLE_GROUPS = {"وبال", "وال", "فال", "بال", "كال", "لل", "ال"};
    /** A single-letter clitic is only stripped from a long word: لجنة (committee) must not become جنة. */
    private static final int MIN_AFTER_SINGLE = 4;

    private static final CharArraySet ARABIC_STOP_WORDS = ArabicAnalyzer.getDefaultStopSet();

    private SearchFolding() {
    }

    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder word = new StringBuilder();
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = TextFolding.foldChar(text.charAt(i));
            if (c == 0) {
                continue; // dropped inside a word: tatweel, diacritics, zero-width joiners
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                spelled.append(text.charAt(i));
                continue;
            }
            flush(word, spelled, out);
            out.append(c);
        }
        flush(word, spelled, out);
        return out.toString();
    }

    private static void flush(StringBuilder word, StringBuilder spelled, StringBuilder out) {
        if (!word.isEmpty() && !ARABIC_STOP_WORDS.contains(spelled)) {
            out.append(withoutClitics(word.toString()));
        }
        word.setLength(0);
        spelled.setLength(0);
    }

    /**
     * The word without its leading clitics, for a folded Arabic word; other words unchanged. Clitics come off
     * one at a time until none is left, so the result does not depend on how many the word carried:
     * وفرنسا, فرنسا and بفرنسا fold alike, and folding a folded word changes nothing.
     */
    static String withoutClitics(String word) {
        String w = word;
        for (String next = stripOne(w); !next.equals(w); next = stripOne(w)) {
            w = next;
        }
        return w;
    }

    private static String stripOne(String w) {
        String bare = withoutArticle(w);
        if (!bare.equals(w)) {
            return bare;
        }
        return canStripOne(w, "وفبلك") ? w.substring(1) : w;
    }

    private static String withoutArticle(String word) {
        for (String group : ARTICLE_GROUPS) {
            if (word.startsWith(group) && word.length() - group.length() >= 2) {
                return word.substring(group.length());
            }
        }
        return word;
    }

    private static boolean canStripOne(String w, String letters) {
        return w.length() - 1 >= MIN_AFTER_SINGLE && letters.indexOf(w.charAt(0)) >= 0;
    }
}
