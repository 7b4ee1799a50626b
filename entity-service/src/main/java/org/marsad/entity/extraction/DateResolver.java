package org.marsad.entity.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.commons.text.ArabicClitics;

/**
 * Finds date expressions in a stretch of text and resolves them to ISO 8601, relative ones against the
 * publication date: "13 نونبر 2015", "من 26 إلى 28 يونيو", "يونيو الماضي", "أمس الخميس", "الأسبوع الجاري",
 * "نهاية عام 2022", "le 3 mars", "last week". Without a publication date relative expressions resolve to nothing.
 */
final class DateResolver {

    /** "حالياً", "currently": going on at publication. */
    private static final java.util.Set<String> NOW = Lexicons.DATE_NOW.words();
    private static final Set<String> PAST = words(Lexicons.DATE_RELATIVE.section("past"));
    private static final Set<String> CURRENT = words(Lexicons.DATE_RELATIVE.section("current"));
    private static final Set<String> NEXT = words(Lexicons.DATE_RELATIVE.section("next"));
    private static final Set<String> MONTH_ANCHORS = words(Lexicons.DATE_MONTH_ANCHORS.entries());
    private static final Set<String> RANGE_LINKS = words(Lexicons.DATE_RANGE_LINKS.entries());
    /** Times of day after which an Arabic weekday name is a day, as after "يوم": "مساء الأربعاء". */
    private static final Set<String> WEEKDAY_CUES = words(Lexicons.DATE_WEEKDAY_CUES.entries());
    private static final Set<String> WEEK = words(Lexicons.DATE_UNITS.section("week"));
    private static final Set<String> MONTH_WORD = words(Lexicons.DATE_UNITS.section("month"));
    private static final Set<String> YEAR_WORD = words(Lexicons.DATE_UNITS.section("year"));

    private DateResolver() {
    }

    /** Dates in tokens [from, to) that are not inside a mention ({@code covered}). */
    /** Whether token {@code i} dates what it tells on the publication day, as going on ("حالياً", "currently"). */
    static boolean saysNow(Document doc, int i) {
        return doc.readsAny(i, NOW);
    }

    static List<DateHit> find(Document doc, int from, int to, IntPredicate covered, LocalDate published) {
        List<DateHit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            DateHit hit = covered.test(i) ? null : at(doc, i, to, published);
            if (hit != null) {
                out.add(hit);
                i = hit.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The publication date printed in the page header (a full date before the first prose line), for texts given
     * without one. Null when there is none.
     */
    static LocalDate printedPublicationDate(Document doc) {
        for (Sentence s : doc.sentences()) {
            if (s.prose()) {
                return null;
            }
            for (DateHit hit : find(doc, s.tokenFrom(), s.tokenTo(), i -> false, null)) {
                if (hit.precision() == DatePrecision.DAY && !hit.relative()) {
                    return hit.day();
                }
            }
        }
        return null;
    }

    private static DateHit at(Document doc, int i, int to, LocalDate published) {
        String w = doc.word(i);
        if (Character.isDigit(w.charAt(0))) {
            return numeric(doc, i, to, published);
        }
        Integer month = monthAt(doc, i, to);
        if (month != null) {
            return monthFirst(doc, i, to, month, published);
        }
        return relative(doc, i, to, published);
    }

    /** "13 نونبر 2015", "26 إلى 28 يونيو", "2022". */
    private static DateHit numeric(Document doc, int i, int to, LocalDate published) {
        int n = number(doc.word(i));
        if (n >= 1 && n <= 31) {
            // Range: D1 (الى|-|au) D2 Month
            int k = i + 1;
            if (k < to && RANGE_LINKS.contains(core(doc, k))) {
                k++;
            } else if (!(k < to && doc.gap(i, k).contains("-"))) {
                k = -1;
            }
            if (k > 0 && k < to && isDay(doc.word(k))) {
                Integer month = monthAt(doc, k + 1, to);
                if (month != null) {
                    int end = k + 1 + monthWords(doc, k + 1, to);
                    YearAndEnd y = year(doc, end, to, month, published);
                    if (y != null) {
                        LocalDate a = safeDate(y.year, month, n);
                        LocalDate b = safeDate(y.year, month, number(doc.word(k)));
                        if (a != null && b != null && !b.isBefore(a)) {
                            return new DateHit(i, y.end, a + "/" + b, DatePrecision.RANGE, a, y.relative);
                        }
                    }
                }
            }
            Integer month = monthAt(doc, i + 1, to);
            if (month != null) {
                int end = i + 1 + monthWords(doc, i + 1, to);
                YearAndEnd y = year(doc, end, to, month, published);
                LocalDate d = y == null ? null : safeDate(y.year, month, n);
                return d == null ? null : new DateHit(i, y.end, d.toString(), DatePrecision.DAY, d, y.relative);
            }
        }
        if (doc.word(i).length() == 4 && n >= 1900 && n <= 2100 && !yearSpan(doc, i, to)) {
            // "السنة القادمة 2025", "l'année prochaine 2025": the modifier says it lies ahead.
            boolean future = i > 0 && modifier(doc, i - 1) == 1 || i > 1 && modifier(doc, i - 2) == 1;
            return new DateHit(i, i + 1, Integer.toString(n), DatePrecision.YEAR, LocalDate.of(n, 7, 1), false,
                    future);
        }
        return null;
    }

    /** "يونيو 2024", "يونيو الماضي", "في يونيو", "June 12, 2024", "last June". */
    private static DateHit monthFirst(Document doc, int i, int to, int month, LocalDate published) {
        int end = i + monthWords(doc, i, to);
        // English "June 12, 2024"
        if (end < to && !doc.token(end).arabic() && isDay(doc.word(end))) {
            int day = number(doc.word(end));
            YearAndEnd y = year(doc, end + 1, to, month, published);
            LocalDate d = y == null ? null : safeDate(y.year, month, day);
            if (d != null) {
                return new DateHit(i, y.end, d.toString(), DatePrecision.DAY, d, y.relative);
            }
        }
        boolean anchored = end < to && (isYear(doc.word(end)) || modifier(doc, end) != 0)
                || i > 0 && (MONTH_ANCHORS.contains(core(doc, i - 1)) || modifier(doc, i - 1) != 0);
        if (!anchored) {
            return null;
        }
        int modifierBefore = i > 0 ? modifier(doc, i - 1) : 0;
        YearAndEnd y = year(doc, end, to, month, published);
        if (y == null && modifierBefore != 0 && published != null) {
            y = new YearAndEnd(relativeYear(month, modifierBefore, published), end, true);
        }
        if (y == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(y.year, month);
        return new DateHit(modifierBefore != 0 ? i - 1 : i, y.end, ym.toString(), DatePrecision.MONTH,
                ym.atDay(15), y.relative);
    }

    /** "أمس", "أمس الخميس", "الأسبوع الماضي", "السنة القادمة", "hier", "last week". */
    private static DateHit relative(Document doc, int i, int to, LocalDate published) {
        String c = core(doc, i);
        if (published == null) {
            return null;
        }
        if (c.equals("امس") || c.equals("hier") || c.equals("yesterday")) {
            boolean dayBefore = i + 1 < to && (core(doc, i + 1).equals("اول") || core(doc, i + 1).equals("الاول"));
            int end = i + 1;
            if (end < to && DateLexicon.weekday(core(doc, end)) > 0) {
                end++;
            }
            LocalDate d = published.minusDays(dayBefore ? 2 : 1);
            return new DateHit(i, dayBefore ? i + 2 : end, d.toString(), DatePrecision.DAY, d, true);
        }
        if (c.equals("اول") && i + 1 < to && core(doc, i + 1).equals("امس") || c.equals("avant")
                && i + 1 < to && doc.word(i + 1).equals("hier")) {
            LocalDate d = published.minusDays(2);
            return new DateHit(i, i + 2, d.toString(), DatePrecision.DAY, d, true);
        }
        if (saysNow(doc, i)) {
            return new DateHit(i, i + 1, published.toString(), DatePrecision.DAY, published, true);
        }
        if (c.equals("يوم") && doc.word(i).equals("اليوم") || c.equals("aujourd") || c.equals("today")) {
            int end = c.equals("aujourd") && i + 1 < to && doc.word(i + 1).equals("hui") ? i + 2 : i + 1;
            return new DateHit(i, end, published.toString(), DatePrecision.DAY, published, true);
        }
        int weekday = DateLexicon.weekday(c);
        // Arabic weekday names double as common words (الأحد = one, الجمعة = Friday/assembly): only after "يوم".
        // … or after a time of day: "مساء الأربعاء", "صباح الخميس".
        boolean arabicDay = i > 0 && (core(doc, i - 1).equals("يوم") || WEEKDAY_CUES.contains(core(doc, i - 1)));
        boolean latinDay = !doc.token(i).arabic() && (c.equals(doc.word(i)));
        // "يوم الخميس 5 ديسمبر", "mardi 4 juin": the weekday only labels the date written after it.
        boolean labelsDate = weekday > 0 && i + 2 < to && isDay(doc.word(i + 1)) && monthAt(doc, i + 2, to) != null;
        if (weekday > 0 && (arabicDay || latinDay) && !labelsDate) {
            int mod = i + 1 < to ? modifier(doc, i + 1) : 0;
            if (mod == 0 && i > 0 && !doc.token(i).arabic()) {
                mod = modifier(doc, i - 1) == 1 ? 1 : 0; // "next Monday"
            }
            LocalDate d = mod == 1 ? nextWeekday(published, weekday) : lastWeekday(published, weekday);
            int from = arabicDay || doc.word(i - 1).equals("on") ? i - 1 : i;
            return new DateHit(from, mod != 0 && i + 1 < to && modifier(doc, i + 1) != 0 ? i + 2 : i + 1,
                    d.toString(), DatePrecision.DAY, d, true, mod == 1);
        }
        // unit + modifier ("الأسبوع الماضي", "la semaine dernière") or modifier + unit ("last week", "cette semaine")
        int unit = unit(c);
        int mod = 0;
        int end = i + 1;
        if (unit != 0 && i + 1 < to) {
            mod = modifier(doc, i + 1);
            end = i + 2;
        }
        if (mod == 0 && i + 1 < to && modifier(doc, i) != 0) {
            unit = unit(core(doc, i + 1));
            mod = modifier(doc, i);
            end = i + 2;
        }
        if (unit == 0 || mod == 0) {
            return null;
        }
        int step = mod == 2 ? 0 : mod;
        return switch (unit) {
            case 1 -> monthOf(i, end, published.plusWeeks(step));
            case 2 -> monthOf(i, end, published.plusMonths(step));
            default -> {
                int year = published.getYear() + step;
                // "السنة القادمة 2025": the explicit year says it better.
                if (end < to && isYear(doc.word(end))) {
                    year = number(doc.word(end));
                    end++;
                }
                yield new DateHit(i, end, Integer.toString(year), DatePrecision.YEAR, LocalDate.of(year, 7, 1), true,
                        step > 0);
            }
        };
    }

    private static DateHit monthOf(int from, int to, LocalDate d) {
        return new DateHit(from, to, YearMonth.from(d).toString(), DatePrecision.MONTH, d, true);
    }

    /** 1 = week, 2 = month, 3 = year, 0 = none. */
    private static int unit(String c) {
        if (WEEK.contains(c)) {
            return 1;
        }
        if (MONTH_WORD.contains(c)) {
            return 2;
        }
        return YEAR_WORD.contains(c) ? 3 : 0;
    }

    /** -1 past, 2 current, 1 next, 0 none. */
    private static int modifier(Document doc, int i) {
        String c = core(doc, i);
        if (PAST.contains(c) || PAST.contains(stripFeminine(c))) {
            return -1;
        }
        if (CURRENT.contains(c) || CURRENT.contains(stripFeminine(c))) {
            return 2;
        }
        return NEXT.contains(c) || NEXT.contains(stripFeminine(c)) ? 1 : 0;
    }

    private static String stripFeminine(String c) {
        return c.endsWith("ه") ? c.substring(0, c.length() - 1) : c;
    }

    /** The year after a month: explicit, or from a modifier and the publication date, or the nearest one. */
    private static YearAndEnd year(Document doc, int k, int to, int month, LocalDate published) {
        if (k < to && isYear(doc.word(k))) {
            return new YearAndEnd(number(doc.word(k)), k + 1, false);
        }
        if (published == null) {
            return null;
        }
        int mod = k < to ? modifier(doc, k) : 0;
        if (mod != 0) {
            return new YearAndEnd(relativeYear(month, mod, published), k + 1, true);
        }
        // No year: the occurrence of that month nearest to the publication date.
        int best = published.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            long gap = Math.abs(YearMonth.of(y, month).atDay(15).toEpochDay() - published.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return new YearAndEnd(best, k, true);
    }

    private static int relativeYear(int month, int mod, LocalDate published) {
        int pm = published.getMonthValue();
        int y = published.getYear();
        return switch (mod) {
            case -1 -> month < pm ? y : y - 1;
            case 1 -> month > pm ? y : y + 1;
            default -> y;
        };
    }

    private static Integer monthAt(Document doc, int i, int to) {
        if (i >= to) {
            return null;
        }
        if (i + 1 < to) {
            Integer two = DateLexicon.month(doc.word(i), doc.word(i + 1));
            if (two != null) {
                return two;
            }
        }
        for (String r : doc.readings(i)) {
            Integer m = DateLexicon.month(r);
            if (m != null && (r.length() > 3 || doc.token(i).arabic() || r.equals(doc.word(i)))) {
                return m;
            }
        }
        return null;
    }

    private static int monthWords(Document doc, int i, int to) {
        return i + 1 < to && DateLexicon.month(doc.word(i), doc.word(i + 1)) != null ? 2 : 1;
    }

    private static String core(Document doc, int i) {
        List<String> r = doc.readings(i);
        return r.get(r.size() - 1);
    }

    private static boolean isDay(String w) {
        int n = number(w);
        return n >= 1 && n <= 31 && w.length() <= 2;
    }

    private static boolean isYear(String w) {
        int n = number(w);
        return w.length() == 4 && n >= 1900 && n <= 2100;
    }

    private static int number(String w) {
        if (w.isEmpty() || w.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * "خطة عمل تغطي الفترة 2025-2026", "the 2023/2024 season": a span of years is a period something covers, not
     * when an event happened.
     */
    private static boolean yearSpan(Document doc, int i, int to) {
        return i + 1 < to && isYear(doc.word(i + 1)) && yearLink(doc.gap(i, i + 1))
                || i > 0 && isYear(doc.word(i - 1)) && yearLink(doc.gap(i - 1, i));
    }

    private static boolean yearLink(String gap) {
        String g = gap.strip();
        return g.equals("-") || g.equals("/") || g.equals("–");
    }

    private static LocalDate safeDate(int y, int m, int d) {
        return d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth() ? LocalDate.of(y, m, d) : null;
    }

    private static LocalDate lastWeekday(LocalDate from, int weekday) {
        LocalDate d = from.minusDays(1);
        while (d.getDayOfWeek().getValue() != weekday) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate nextWeekday(LocalDate from, int weekday) {
        LocalDate d = from.plusDays(1);
        while (d.getDayOfWeek().getValue() != weekday) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Folded words, each also without its article. */
    private static Set<String> words(List<String> folded) {
        Set<String> out = new java.util.HashSet<>();
        for (String f : folded) {
            out.add(f);
            out.add(ArabicClitics.aliasCore(f));
        }
        return out;
    }

    private record YearAndEnd(int year, int end, boolean relative) {}
}
