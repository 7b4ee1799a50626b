package org.marsad.entity.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month and weekday names: Arabic (Egyptian/Gulf, Maghrebi, Algerian-Tunisian and Levantine calendars), French and
 * English ({@code lexicon/months.txt}, {@code lexicon/weekdays.txt}). Looked up by folded word; Levantine two-word
 * months (كانون الثاني، تشرين الأول) by their pair.
 */
final class DateLexicon {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> TWO_WORD_MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        for (Map.Entry<String, List<String>> e : Lexicons.MONTHS.sections().entrySet()) {
            int n = Integer.parseInt(e.getKey());
            for (String name : e.getValue()) {
                (name.contains(" ") ? TWO_WORD_MONTHS : MONTHS).put(name, n);
            }
        }
        for (Map.Entry<String, List<String>> e : Lexicons.WEEKDAYS.sections().entrySet()) {
            int n = Integer.parseInt(e.getKey());
            for (String name : e.getValue()) {
                WEEKDAYS.put(name, n);
            }
        }
    }

    private DateLexicon() {
    }

    /** Month number of a folded word, or null. */
    static Integer month(String word) {
        return MONTHS.get(word);
    }

    /** Month number of a folded two-word name ("كانون الثاني"), or null. */
    static Integer month(String first, String second) {
        if (!first.equals("كانون") && !first.equals("تشرين")) {
            return null;
        }
        return TWO_WORD_MONTHS.get(first + " " + second);
    }

    /** ISO weekday (1 = Monday) of a folded word, or -1. */
    static int weekday(String word) {
        return WEEKDAYS.getOrDefault(word, -1);
    }
}
