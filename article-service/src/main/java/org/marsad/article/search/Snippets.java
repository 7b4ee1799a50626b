package org.marsad.article.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The passage of a body that best answers a search: the window of words holding the most distinct
 * query terms, with those words wrapped in {@code <mark>}. The rest is HTML-escaped, so a client can
 * render the snippet as HTML as it is. Words are compared in their {@link SearchFolding} form, and a
 * word matches a term that differs only by a short ending (حموشي / حموشيه, agreement / agreements),
 * close to what the stemmers of the database let match.
 */
public final class Snippets {

    private static final int WINDOW = 30;
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 3;

    /** Stop words are not searched for, so they are not highlighted either (Lucene's lists, folded; Arabic ones never reach here). */
    private static final Set<String> STOP_WORDS = foldedStopWords(FrenchAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    private Snippets() {
    }

    /** The snippet for {@code query} in {@code body}; the body's opening words when no word matches. */
    public static String of(String body, String query) {
        List<String> terms = queryTerms(query);
        List<Word> words = words(body);
        if (words.isEmpty()) {
            return "";
        }
        int[] termOf = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            termOf[i] = matchingTerm(words.get(i).key(), terms);
        }
        int best = 0;
        int bestCount = 0;
        for (int start = 0; start < words.size(); start++) {
            if (termOf[start] < 0) {
                continue; // a best window can always start on a matching word
            }
            Set<Integer> distinct = new HashSet<>();
            for (int i = start; i < Math.min(words.size(), start + WINDOW); i++) {
                if (termOf[i] >= 0) {
                    distinct.add(termOf[i]);
                }
            }
            if (distinct.size() > bestCount) {
                bestCount = distinct.size();
                best = start;
            }
        }
        int from = bestCount == 0 ? 0 : Math.max(0, best - 5); // a little context before the first hit
        int to = Math.min(words.size(), from + WINDOW);
        return render(body, words, termOf, from, to);
    }

    private static String render(String body, List<Word> words, int[] termOf, int from, int to) {
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = words.get(from).start();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            escape(body.substring(at, w.start()), out);
            if (termOf[i] >= 0) {
                out.append("<mark>");
                escape(body.substring(w.start(), w.end()), out);
                out.append("</mark>");
            } else {
                escape(body.substring(w.start(), w.end()), out);
            }
            at = w.end();
        }
        escape(to < words.size() ? body.substring(at, words.get(to).start()) : body.substring(at), out); // closing punctuation
        if (to < words.size()) {
            out.append('…');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The query's words, folded; operators ({@code or}) and excluded words ({@code -word}) are not highlighted. */
    static List<String> queryTerms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        for (String token : query.split("[\\s\"]+")) {
            if (token.isEmpty() || token.startsWith("-") || token.equalsIgnoreCase("or")) {
                continue;
            }
            for (Word w : words(token)) {
                if (!STOP_WORDS.contains(w.key()) && !terms.contains(w.key())) {
                    terms.add(w.key());
                }
            }
        }
        return terms;
    }

    private static int matchingTerm(String key, List<String> terms) {
        for (int t = 0; t < terms.size(); t++) {
            if (sameStem(key, terms.get(t))) {
                return t;
            }
        }
        return -1;
    }

    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_STEM && longer.startsWith(shorter) && longer.length() - shorter.length() <= MAX_ENDING;
    }

    /** Letter-and-digit runs of the text with their offsets and folded forms. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String key = SearchFolding.fold(text.substring(start, i));
            if (!key.isEmpty()) {
                words.add(new Word(start, i, key));
            }
        }
        return words;
    }

    /** Letters, digits, and the marks that fold away inside a word (diacritics, tatweel). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ';
    }

    private static Set<String> foldedStopWords(CharArraySet... sets) {
        Set<String> folded = new HashSet<>();
        for (CharArraySet set : sets) {
            for (Object word : set) {
                folded.add(SearchFolding.fold(new String((char[]) word)));
            }
        }
        return folded;
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private record Word(int start, int end, String key) {
    }
}
