package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;
import org.marsad.commons.text.ArabicClitics;

/**
 * One text prepared for extraction: folded, split into words and sentences, each sentence marked as article prose
 * or not. All later stages read it; nothing changes it.
 */
final class Document {

    private final NormalizedText normalized;
    private final List<Token> tokens;
    /** Clitic readings per token, computed when first asked for (noise tokens are never looked up). */
    private final List<String>[] readings;
    private final boolean[] joinsPrevious;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;

    private Document(NormalizedText normalized) {
        this.normalized = normalized;
        String folded = normalized.text();
        this.tokens = Tokenizer.tokenize(folded);
        @SuppressWarnings("unchecked")
        List<String>[] cache = new List[tokens.size()];
        this.readings = cache;
        this.joinsPrevious = new boolean[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            joinsPrevious[i] = i > 0 && phraseGap(folded, tokens.get(i - 1).end(), t.start());
        }
        this.sentences = SentenceSplitter.split(folded, tokens);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                sentenceOfToken[i] = s.index();
            }
        }
    }

    static Document analyze(String text) {
        return new Document(TextNormalizer.normalize(text));
    }

    String original() {
        return normalized.original();
    }

    String folded() {
        return normalized.text();
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** Folded word at {@code i}, or "" outside the text. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    List<String> readings(int i) {
        List<String> r = readings[i];
        if (r == null) {
            Token t = tokens.get(i);
            r = t.arabic() ? ArabicClitics.readings(t.text()) : List.of(t.text());
            readings[i] = r;
        }
        return r;
    }

    /** Whether a word reading (clitics removed) of token {@code i} is {@code w}. */
    boolean reads(int i, String w) {
        return i >= 0 && i < tokens.size() && readings(i).contains(w);
    }

    /** Whether some clitic reading of token {@code i} is one of {@code words} ("بهذا" reads as "هذا"). */
    boolean readsAny(int i, java.util.Set<String> words) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        for (String r : readings(i)) {
            if (words.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} continues a phrase with the previous token (only spaces, hyphens or quotes between). */
    boolean joinsPrevious(int i) {
        return i < joinsPrevious.length && joinsPrevious[i];
    }

    List<Sentence> sentences() {
        return sentences;
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOfToken[token]);
    }

    /** The original text between tokens [from, to). */
    Span span(int from, int to) {
        return normalized.span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The original text between tokens [from, to), leaving out the first {@code trim} letters of the first token. */
    Span span(int from, int to, int trim) {
        return normalized.span(tokens.get(from).start() + trim, tokens.get(to - 1).end());
    }

    /** The folded text between the end of token {@code a} and the start of token {@code b}. */
    String gap(int a, int b) {
        return normalized.text().substring(tokens.get(a).end(), tokens.get(b).start());
    }

    /** Whether the original spelling of token {@code i} is all upper case (acronyms). */
    boolean upperCase(int i) {
        Token t = tokens.get(i);
        String orig = normalized.original();
        int from = normalized.originalStart(t.start());
        int to = normalized.originalEnd(t.end());
        for (int k = from; k < to; k++) {
            char c = orig.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the original spelling of token {@code i} starts with an upper-case letter. */
    boolean capitalized(int i) {
        Token t = tokens.get(i);
        return Character.isUpperCase(normalized.original().charAt(normalized.originalStart(t.start())));
    }

    private static boolean phraseGap(String folded, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = folded.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '"' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
