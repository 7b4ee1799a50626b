package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;
import org.marsad.commons.dates.PublicationDates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the author in a byline or sign-off line: "بقلم: X", "كتب X", "Par X", "By X", a
 * "Name – صحفية متدربة" sign-off (name, dash, journalist role), or a name glued to the
 * publication date as some templates print it ("hassan faqir18 يوليو 2024").
 */
final class BylineDetector {

    private static final String NAME = "([\\p{L}\\p{M}][\\p{L}\\p{M}'’.&\\- ]{1,80}?)";
    private static final String WEEKDAY = "(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)|lundi|mardi|mercredi"
            + "|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String NAME_END = "\\s*(?:$|,\\s*(?:le|on|publi|\\d)|[|•·/–—(]|\\s-\\s|\\s+(?:le|on|في|publi|mis|updated|\\d|نشر"
            + "|(?:" + WEEKDAY + ")(?![\\p{L}])))";
    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:بقلم|كتب|كتبت|إعداد|اعداد|تحرير|بواسطة|نشر بواسطة|par|by|written by|posted by|publié par|auteur|author"
                    + "|reported by|texte)\\s*[:：]?\\s+"
                    + NAME + NAME_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^" + NAME + "\\s*[–—\\-ـ|,/]\\s*((?:ال)?(?:صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|محرر|محررة|كاتب|كاتبة|متدرب|متدربة)"
                    + "|journaliste|correspondant|correspondante|stagiaire|rédacteur|rédactrice|reporter|correspondent"
                    + "|staff writer|editor|contributor)(?:\\s.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make the text before a date a stamp or a dateline, not a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("نشر", "في", "تحديث", "اخر", "بتاريخ", "يوم", "الاحد",
            "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "gmt", "le", "on", "posted", "published",
            "publie", "updated", "mis", "jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "date",
            "منذ", "ago", "il", "y", "a", "at", "am", "pm", "the", "de", "du", "of", "and", "et", "with", "avec",
            "for", "pour", "in", "dans", "to", "من", "الى", "عن", "مع", "ان", "هذا", "هذه");

    private BylineDetector() {
    }

    /** The author named by this line, or null when it is not a byline. */
    static String authorOf(LineFeatures f) {
        if (f.words() == 0 || f.words() > 14 || f.isProse() && f.words() > 8) {
            return null;
        }
        String t = f.text().strip();
        Matcher m = PREFIXED.matcher(t);
        if (m.find() && isName(m.group(1))) {
            return tidy(m.group(1));
        }
        m = SIGN_OFF.matcher(t);
        if (m.matches() && isName(m.group(1))) {
            return tidy(m.group(1));
        }
        return gluedToDate(t);
    }

    /** "hassan faqir18 يوليو 2024…" → "hassan faqir": a name directly followed by the date. */
    private static String gluedToDate(String t) {
        int[] map = new int[t.length() + 1];
        String folded = TextFolding.fold(t, map);
        int start = PublicationDates.firstDateStart(folded);
        if (start <= 0) {
            return null;
        }
        String before = Regexes.TRAILING_SEPARATORS.matcher(t.substring(0, map[start])).replaceAll("");
        if (!isName(before)) {
            return null;
        }
        return tidy(before);
    }

    /** One name, or several joined by "and", "et", "و", "&" or commas ("By A B and C D"). */
    static boolean isName(String s) {
        String[] parts = AUTHOR_JOIN.split(s.strip());
        if (parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (!isSingleName(p)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern AUTHOR_JOIN = Pattern.compile("\\s*(?:,|&|\\sand\\s|\\set\\s|\\sو)\\s*");

    private static boolean isSingleName(String s) {
        String n = s.strip();
        if (n.isEmpty()) {
            return false;
        }
        String[] words = Regexes.WHITESPACE.split(n);
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            String k = TextFolding.key(w);
            if (k.isEmpty() || NOT_NAME_WORDS.contains(k) || !k.chars().allMatch(Character::isLetter) && !k.contains(" ")) {
                return false;
            }
        }
        return true;
    }

    private static String tidy(String name) {
        return Regexes.WHITESPACE.matcher(Regexes.TRAILING_SEPARATORS.matcher(name.strip()).replaceAll("")).replaceAll(" ");
    }
}
