package org.marsad.entity.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Month and weekday names: Arabic (Egyptian/Gulf, Maghrebi, Algerian-Tunisian and Levantine calendars), French and
 * English. Looked up by folded word; Levantine two-word months (كانون الثاني، تشرين الأول) by their pair.
 */
final class DateLexicon {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> TWO_WORD_MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        month(1, "يناير", "جانفي", "janvier", "january", "jan");
        month(2, "فبراير", "فيفري", "شباط", "fevrier", "february", "feb");
        month(3, "مارس", "آذار", "mars", "march");
        month(4, "أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "avril", "april", "apr");
        month(5, "مايو", "ماي", "أيار", "mai", "may");
        month(6, "يونيو", "يونيه", "جوان", "حزيران", "juin", "june", "jun");
        month(7, "يوليو", "يوليوز", "يوليه", "جويلية", "تموز", "juillet", "july", "jul");
        month(8, "أغسطس", "اغسطس", "غشت", "أوت", "آب", "aout", "august", "aug");
        month(9, "سبتمبر", "شتنبر", "أيلول", "septembre", "september", "sept", "sep");
        month(10, "أكتوبر", "اكتوبر", "octobre", "october", "oct");
        month(11, "نوفمبر", "نونبر", "novembre", "november", "nov");
        month(12, "ديسمبر", "دجنبر", "decembre", "december", "dec");
        TWO_WORD_MONTHS.put(TextNormalizer.fold("كانون الثاني"), 1);
        TWO_WORD_MONTHS.put(TextNormalizer.fold("تشرين الأول"), 10);
        TWO_WORD_MONTHS.put(TextNormalizer.fold("تشرين الثاني"), 11);
        TWO_WORD_MONTHS.put(TextNormalizer.fold("كانون الأول"), 12);
        weekday(1, "الاثنين", "الإثنين", "اثنين", "lundi", "monday");
        weekday(2, "الثلاثاء", "ثلاثاء", "mardi", "tuesday");
        weekday(3, "الأربعاء", "أربعاء", "mercredi", "wednesday");
        weekday(4, "الخميس", "خميس", "jeudi", "thursday");
        weekday(5, "الجمعة", "جمعة", "vendredi", "friday");
        weekday(6, "السبت", "سبت", "samedi", "saturday");
        weekday(7, "الأحد", "أحد", "dimanche", "sunday");
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

    private static void month(int n, String... names) {
        for (String name : names) {
            MONTHS.put(TextNormalizer.fold(name), n);
        }
    }

    private static void weekday(int n, String... names) {
        for (String name : names) {
            WEEKDAYS.put(TextNormalizer.fold(name), n);
        }
    }
}
