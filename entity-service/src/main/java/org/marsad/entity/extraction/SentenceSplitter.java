package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into sentences and tells article prose from page noise.
 *
 * <p>A line is prose when it reads like running text: long enough and ending like a sentence, or long whatever its
 * ending. The first non-empty line is the title. Short unpunctuated lines (related-article lists, comment forms,
 * footers, captions) are noise: names there are not the article's. When no line looks like prose (a short snippet
 * given to the dry run), every line counts as prose.
 */
final class SentenceSplitter {

    private static final int MIN_PUNCTUATED_WORDS = 8;
    private static final int MIN_UNPUNCTUATED_WORDS = 20;
    private static final Set<String> ABBREVIATIONS = Lexicons.SENTENCE_ABBREVIATIONS.words();

    private SentenceSplitter() {
    }

    static List<Sentence> split(String folded, List<Token> tokens) {
        List<int[]> lines = lines(folded);
        Sentence.Kind[] kinds = classify(folded, tokens, lines);
        List<Sentence> out = new ArrayList<>();
        int t = 0;
        for (int li = 0; li < lines.size(); li++) {
            int lineStart = lines.get(li)[0];
            int lineEnd = lines.get(li)[1];
            int sentStart = lineStart;
            int firstToken = t;
            while (t < tokens.size() && tokens.get(t).start() < lineEnd) {
                Token tok = tokens.get(t);
                int boundary = boundaryAfter(folded, tok, lineEnd);
                t++;
                if (boundary >= 0) {
                    out.add(new Sentence(out.size(), sentStart, boundary, firstToken, t, li, kinds[li]));
                    sentStart = boundary;
                    firstToken = t;
                }
            }
            if (firstToken < t) {
                out.add(new Sentence(out.size(), sentStart, lineEnd, firstToken, t, li, kinds[li]));
            }
        }
        return out;
    }

    /** Offset where a sentence ends right after token {@code tok}, or -1 when it goes on. */
    private static int boundaryAfter(String folded, Token tok, int lineEnd) {
        int i = tok.end();
        while (i < lineEnd && (folded.charAt(i) == ' ' || folded.charAt(i) == '"' || folded.charAt(i) == ')')) {
            i++;
        }
        if (i >= lineEnd) {
            return -1;
        }
        char c = folded.charAt(i);
        if (c == '!' || c == '?' || c == '؟' || c == ';' || c == '؛') {
            return i + 1;
        }
        if (c != '.') {
            return -1;
        }
        int next = i + 1;
        if (next < lineEnd && Character.isLetterOrDigit(folded.charAt(next))) {
            return -1; // 3.5, U.S, www.site.ma
        }
        if (!tok.arabic() && (ABBREVIATIONS.contains(tok.text()) || tok.text().length() == 1)) {
            return -1;
        }
        while (next < lineEnd && folded.charAt(next) == '.') {
            next++;
        }
        return next;
    }

    private static List<int[]> lines(String folded) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == '\n' || folded.charAt(i) == '\r') {
                if (i > start) {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static Sentence.Kind[] classify(String folded, List<Token> tokens, List<int[]> lines) {
        Sentence.Kind[] kinds = new Sentence.Kind[lines.size()];
        int t = 0;
        boolean titleSeen = false;
        boolean anyProse = false;
        for (int li = 0; li < lines.size(); li++) {
            int[] line = lines.get(li);
            int words = 0;
            // A line cut short by the end of the stored page still holds whole sentences before the cut.
            boolean wholeSentenceInside = false;
            while (t < tokens.size() && tokens.get(t).start() < line[1]) {
                words++;
                wholeSentenceInside |= words >= MIN_PUNCTUATED_WORDS && boundaryAfter(folded, tokens.get(t), line[1]) >= 0;
                t++;
            }
            if (words == 0) {
                kinds[li] = Sentence.Kind.NOISE;
                continue;
            }
            boolean punctuated = endsLikeSentence(folded, line[0], line[1]) || wholeSentenceInside;
            if (words >= MIN_UNPUNCTUATED_WORDS || punctuated && words >= MIN_PUNCTUATED_WORDS) {
                kinds[li] = Sentence.Kind.PROSE;
                anyProse = true;
            } else if (!titleSeen) {
                kinds[li] = Sentence.Kind.TITLE;
            } else {
                kinds[li] = Sentence.Kind.NOISE;
            }
            titleSeen = true;
        }
        if (!anyProse) {
            for (int li = 0; li < kinds.length; li++) {
                kinds[li] = Sentence.Kind.PROSE;
            }
        }
        return kinds;
    }

    private static boolean endsLikeSentence(String folded, int start, int end) {
        int i = end - 1;
        while (i >= start && (Character.isWhitespace(folded.charAt(i)) || folded.charAt(i) == '"'
                || folded.charAt(i) == ')')) {
            i--;
        }
        if (i < start) {
            return false;
        }
        char c = folded.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == ':' || c == '…';
    }
}
