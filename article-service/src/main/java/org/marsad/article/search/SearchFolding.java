package org.marsad.article.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.commons.text.ArabicClitics;
import org.marsad.commons.text.TextFolding;

/**
 * Folds text before PostgreSQL's text-search configurations see it, so that spellings the stemmers
 * keep apart meet: letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, ڤ → ف), diacritics and tatweel,
 * Latin accents ({@link TextFolding}), and Arabic proclitics (و ف, ب ل ك, ال and their combinations such as وبال
 * or لل; {@link ArabicClitics#withoutClitics}).
 * Articles and queries go through the same function, one output word per input word, so word
 * positions (and phrase queries) survive; characters that are not letters or digits pass unchanged,
 * which keeps the quotes, {@code or} and {@code -} of a web-search query. Arabic stop words (Lucene's
 * list) are dropped here, by their spelling before folding: once folded, على would be the name علي.
 */
public final class SearchFolding {

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
            out.append(ArabicClitics.withoutClitics(word.toString()));
        }
        word.setLength(0);
        spelled.setLength(0);
    }
}
