package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;
import org.marsad.commons.dates.PublicationDates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date among the page's short non-prose lines before the closing markers:
 * the header block (bylines, stamps) first, then stamps further down. Dates inside article
 * sentences are events, not the publication date, and dates after the closing markers belong to
 * related articles, so neither is looked at. A date that follows an update word ("آخر تحديث",
 * "Mis à jour") is used only when no other date is found; a date in the URL path comes last.
 */
final class DateDetector {

    /** "/2024/07/18/", "/2024-07-18-", "/2024/07/" in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?=[/_.-]|$)");

    private DateDetector() {
    }

    /** Many news URLs carry the publication date in their path; used when the page names none. */
    static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        String text = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
        return PublicationDates.parse(text);
    }

    /**
     * @param lines     the page lines
     * @param candidate which lines may carry the date (not the headline, which can name a date)
     * @param headEnd   index of the first prose line (header block is {@code [0, headEnd)})
     * @param cut       index of the first closing marker, or lines.size()
     */
    static Optional<String> detect(List<LineFeatures> lines, boolean[] candidate, int headEnd, int cut) {
        String fallback = null;
        for (int pass = 0; pass < 2; pass++) {
            int from = pass == 0 ? 0 : headEnd;
            int to = pass == 0 ? Math.min(headEnd, cut) : cut;
            for (int i = from; i < to; i++) {
                LineFeatures f = lines.get(i);
                if (!candidate[i] || f.isProse() || f.words() > 12 || f.digits() == 0) {
                    continue;
                }
                if (pass == 1 && !BoilerplateMarkers.isStamp(f) && !isDateLine(f)) {
                    continue; // below the header only explicit stamps and date-only lines count
                }
                String folded = TextFolding.fold(f.text());
                int dateAt = PublicationDates.firstDateStart(folded);
                if (dateAt < 0) {
                    continue;
                }
                Optional<String> date = PublicationDates.parse(f.text());
                if (date.isEmpty()) {
                    continue;
                }
                if (followsUpdateWord(folded, dateAt)) {
                    if (fallback == null) {
                        fallback = date.get();
                    }
                    continue;
                }
                return date;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** A line that is little more than a date: "18 juillet 2024", "الخميس 18 يوليو 2024 - 10:30". */
    static boolean isDateLine(LineFeatures f) {
        if (f.words() > 8 || f.digits() == 0) {
            return false;
        }
        String folded = TextFolding.fold(f.text());
        int at = PublicationDates.firstDateStart(folded);
        return at >= 0 && PublicationDates.parse(f.text()).isPresent() && f.words() <= 6;
    }

    private static boolean followsUpdateWord(String folded, int dateAt) {
        Matcher m = BoilerplateMarkers.UPDATE_WORD.matcher(folded.toLowerCase());
        return m.find() && m.start() < dateAt;
    }
}
