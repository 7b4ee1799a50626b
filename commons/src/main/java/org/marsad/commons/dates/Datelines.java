package org.marsad.commons.dates;

import org.marsad.commons.text.TextFolding;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: a place, then the date, then a dash, a colon or the agency:
 * "Paris, le 12 février 2025 —", "RABAT, March 3, 2025 (MAP) -", "الرباط في 3 مارس 2025 -",
 * "بيروت، 16 كانون الثاني 2025 (وكالات) –". Plain-text articles often carry their date only there. A date inside a
 * sentence is an event's date, not the article's, so only the opening of a line counts, with a short place before.
 */
public final class Datelines {

    /** How many non-blank lines may come before the dateline: a headline, a byline. */
    private static final int LINES_LOOKED_AT = 6;
    private static final int HEAD_CHARS = 120;
    /** A short place name, with the words datelines put before the date: "le", "في", "on", a weekday. */
    private static final Pattern PLACE = Pattern.compile(
            "[\\p{L}\\p{M}.'’ ]{2,40}?(?:\\s*[,،/-]\\s*[\\p{L}\\p{M}.'’ ]{2,25})?\\s*[,،-]?\\s*(?:(?:le|on|في|يوم)\\s+)?"
                    + "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)\\s*,?\\s*)?");
    private static final Pattern PLACE_ENDS_WITH_LINK = Pattern.compile(".*(?:\\ble|\\bon|في|يوم)\\s*$");
    /** After the date: an agency in brackets, then a dash or a colon; or the end of the line. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:[-–—:،,]|$)");

    /** Words of a dateline's place part that are not the place: linking words and weekdays. */
    private static final Set<String> LINKS = Set.of("le", "on", "de", "du", "des", "la", "el", "al",
            "of", "في", "يوم", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت", "الأحد");

    private Datelines() {
    }

    /** The ISO date (possibly partial) of the first dateline among the text's opening lines. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int seen = 0;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            Optional<String> date = read(line);
            if (date.isPresent() || ++seen >= LINES_LOOKED_AT) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** {@link #find}, only when the dateline names a day: what relative dates ("أمس", "next May") resolve against. */
    public static Optional<LocalDate> findDay(String text) {
        return find(text).filter(iso -> iso.length() == 10).map(LocalDate::parse);
    }

    /**
     * A place name, not the start of a sentence: at most three words besides the linking ones, and Latin words
     * capitalized ("Paris, le", "RABAT,", "Rio de Janeiro,"; not "Il a dit le").
     */
    private static boolean looksLikePlace(String prefix) {
        int words = 0;
        for (String word : prefix.split("[\\s,،/()\\-–—]+")) {
            if (word.isEmpty() || LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            char first = word.charAt(0);
            if (first < 0x250 && Character.isLetter(first) && !Character.isUpperCase(first)) {
                return false;
            }
        }
        return words >= 1 && words <= 3;
    }

    /** The date of a line that opens with a dateline. */
    static Optional<String> read(String line) {
        String original = line.length() > HEAD_CHARS ? line.substring(0, HEAD_CHARS) : line;
        int[] toOriginal = new int[original.length() + 1];
        String head = TextFolding.fold(original, toOriginal);
        Optional<PublicationDates.Span> found = PublicationDates.firstSpan(head);
        if (found.isEmpty() || found.get().iso().isEmpty()) {
            return Optional.empty();
        }
        PublicationDates.Span span = found.get();
        String place = head.substring(0, span.start());
        if (span.start() == 0 || !PLACE.matcher(place).matches()
                || !looksLikePlace(original.substring(0, toOriginal[span.start()]))) {
            return Optional.empty();
        }
        String after = head.substring(span.end());
        boolean linked = PLACE_ENDS_WITH_LINK.matcher(place).matches();
        return linked || AFTER.matcher(after).find() ? span.iso() : Optional.empty();
    }
}
