package org.marsad.commons.dates;

import org.marsad.commons.text.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the first publication date written in a short text: ISO ("2024-07-18", with or without
 * time), numeric day-first ("18/07/2024"), Arabic month names in their Egyptian/Gulf, Maghrebi and
 * Levantine forms (also the combined "كانون الثاني / يناير"), French ("1er mars 2024") and English
 * ("July 18, 2024", "18 July 2024"), with Arabic-Indic digits. Month and year alone give "2024-07";
 * a text that is only "2024-07" or "2024" gives that partial date.
 * Returns empty when there is no date or the first date is impossible ("31 فبراير 2024", month 13).
 */
public final class PublicationDates {

    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\d])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}\\p{M}\\d])";
    private static final String DAY = NO_LETTER_BEFORE.replace("\\p{L}\\p{M}", "") + "(\\d{1,2})(?:er|st|nd|rd|th)?";
    private static final String YEAR = "(?<!\\d)((?:19|20)\\d{2})(?!\\d)";
    /** A month, optionally followed by its alias in another calendar tradition: "كانون الثاني / يناير". */
    private static final String MONTH = NO_LETTER_BEFORE + "(" + MonthNames.ALTERNATION + ")" + NO_LETTER_AFTER
            + "(?:\\s*[/(\\-–]\\s*(?:" + MonthNames.ALTERNATION + ")" + NO_LETTER_AFTER + "\\s*\\)?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-]((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            DAY + "\\s*(?:,|\\.|-|\\s)?\\s*(?:de\\s+|of\\s+|من\\s+)?" + MONTH + "(?:[\\s,.\\-]*(?:de\\s+)?" + YEAR + ")?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+" + DAY + "(?!\\d)\\s*,?\\s*" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "[\\s,]*" + YEAR);
    /** A whole text that is a partial ISO date: "2024-07". */
    private static final Pattern ISO_MONTH_ONLY = Pattern.compile("\\s*((?:19|20)\\d{2})-(\\d{1,2})\\s*");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\s*((?:19|20)\\d{2})\\s*");
    /** A year written before a day-month pair, as in "GMT 17:30 2018 الثلاثاء ,16 كانون الثاني". */
    private static final Pattern YEAR_BEFORE = Pattern.compile(YEAR + "[^\\d]{0,30}$");

    private PublicationDates() {
    }

    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String f = TextFolding.fold(text);
        if (YEAR_ONLY.matcher(f).matches()) {
            return Optional.of(f.strip());
        }
        Matcher partial = ISO_MONTH_ONLY.matcher(f);
        if (partial.matches()) {
            int month = num(partial.group(2));
            return month < 1 || month > 12 ? Optional.empty()
                    : Optional.of(String.format("%s-%02d", partial.group(1), month));
        }
        Found best = first(f);
        return best == null ? Optional.empty() : best.evaluate(f);
    }

    /** Start offset of the first date expression in the folded text, or -1: lets callers choose between dates. */
    public static int firstDateStart(String folded) {
        Found best = first(folded);
        return best == null ? -1 : best.matcher.start();
    }

    /** Where the first date expression of a folded text is, and the date it gives (empty when impossible). */
    record Span(int start, int end, Optional<String> iso) {
    }

    static Optional<Span> firstSpan(String folded) {
        Found best = first(folded);
        return best == null ? Optional.empty()
                : Optional.of(new Span(best.matcher.start(), best.matcher.end(), best.evaluate(folded)));
    }

    private static Found first(String folded) {
        Found best = null;
        best = earlier(best, find(ISO, folded, Kind.ISO));
        best = earlier(best, find(NUMERIC_DMY, folded, Kind.NUMERIC_DMY));
        best = earlier(best, find(MONTH_DAY_YEAR, folded, Kind.MONTH_DAY_YEAR));
        best = earlier(best, find(DAY_MONTH, folded, Kind.DAY_MONTH));
        best = earlier(best, find(MONTH_YEAR, folded, Kind.MONTH_YEAR));
        return best;
    }

    private enum Kind { ISO, NUMERIC_DMY, MONTH_DAY_YEAR, DAY_MONTH, MONTH_YEAR }

    private record Found(Matcher matcher, Kind kind) {

        Optional<String> evaluate(String folded) {
            Matcher m = matcher;
            return switch (kind) {
                case ISO -> day(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                case NUMERIC_DMY -> {
                    int a = num(m.group(1));
                    int b = num(m.group(2));
                    // Day first as in Arabic and French pages, unless only month-first can be right.
                    yield b > 12 && a <= 12 ? day(num(m.group(3)), a, b) : day(num(m.group(3)), b, a);
                }
                case MONTH_DAY_YEAR -> day(num(m.group(3)), MonthNames.number(m.group(1)), num(m.group(2)));
                case DAY_MONTH -> {
                    int month = MonthNames.number(m.group(2));
                    String year = m.group(3);
                    if (year == null) {
                        Matcher before = YEAR_BEFORE.matcher(folded.substring(0, m.start()));
                        if (!before.find()) {
                            yield Optional.empty();
                        }
                        year = before.group(1);
                    }
                    yield day(num(year), month, num(m.group(1)));
                }
                case MONTH_YEAR -> {
                    int month = MonthNames.number(m.group(1));
                    yield month == 0 ? Optional.empty()
                            : Optional.of(String.format("%04d-%02d", num(m.group(2)), month));
                }
            };
        }
    }

    private static Found find(Pattern p, String f, Kind kind) {
        Matcher m = p.matcher(f);
        return m.find() ? new Found(m, kind) : null;
    }

    /** Keeps the expression that starts first; on a tie the longer one (a full date over month-year). */
    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int sa = a.matcher.start();
        int sb = b.matcher.start();
        if (sa != sb) {
            return sa < sb ? a : b;
        }
        return b.matcher.end() > a.matcher.end() ? b : a;
    }

    private static Optional<String> day(int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
