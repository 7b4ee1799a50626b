package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into lines (paragraph candidates). Text hard-wrapped at a fixed width, as
 * e-mails and some feeds deliver it, is re-joined so that a wrapped paragraph becomes one line;
 * text whose lines are whole paragraphs (the usual case) is left line by line.
 */
final class PlainTextLines {

    private PlainTextLines() {
    }

    static List<String> split(String text) {
        String[] raw = Regexes.LINE_BREAK.split(text, -1);
        List<String> trimmed = new ArrayList<>(raw.length);
        for (String l : raw) {
            trimmed.add(TextFolding.trim(l));
        }
        int width = wrapWidth(trimmed);
        List<String> out = new ArrayList<>();
        StringBuilder pending = null;
        for (String l : trimmed) {
            if (l.isEmpty()) {
                if (pending != null) {
                    out.add(pending.toString());
                    pending = null;
                }
                continue;
            }
            if (pending != null) {
                pending.append(' ').append(l);
            } else {
                pending = new StringBuilder(l);
            }
            // A line that fills the wrap width continues on the next line; a shorter one ends it.
            if (width == 0 || l.length() < width * 0.75 || endsParagraph(l) && l.length() < width * 0.9) {
                out.add(pending.toString());
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending.toString());
        }
        return out;
    }

    /**
     * The wrap width when the text is hard-wrapped (most longer lines end within a narrow band at
     * or below 100 characters and no line is much longer), else 0.
     */
    static int wrapWidth(List<String> lines) {
        int max = 0;
        int longer = 0;
        for (String l : lines) {
            if (l.length() > 20) {
                longer++;
                max = Math.max(max, l.length());
            }
        }
        if (longer < 5 || max > 110) {
            return 0;
        }
        int near = 0;
        for (String l : lines) {
            if (l.length() > 20 && l.length() >= max * 0.8) {
                near++;
            }
        }
        return near * 10 >= longer * 6 ? max : 0;
    }

    private static boolean endsParagraph(String l) {
        char c = l.charAt(l.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == ':' || c == '»' || c == '"' || c == '”';
    }
}
