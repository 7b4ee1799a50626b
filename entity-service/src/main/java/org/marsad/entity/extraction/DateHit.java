package org.marsad.entity.extraction;

import java.time.LocalDate;

/**
 * A date expression resolved to ISO 8601.
 *
 * @param from first token
 * @param to token after the last
 * @param iso "2024", "2024-06", "2024-06-26" or "2024-06-26/2024-06-28"
 * @param precision how precise it is
 * @param day a representative day, to compare with the publication date
 * @param relative whether it was resolved against the publication date
 * @param future whether the text places it ahead ("السنة القادمة 2025", "next June")
 */
record DateHit(int from, int to, String iso, DatePrecision precision, LocalDate day, boolean relative,
               boolean future) {

    DateHit(int from, int to, String iso, DatePrecision precision, LocalDate day, boolean relative) {
        this(from, to, iso, precision, day, relative, false);
    }

    /** The same date at month precision at most, for events that only inherit it from their context. */
    DateHit coarse() {
        if (precision == DatePrecision.YEAR || precision == DatePrecision.MONTH) {
            return this;
        }
        return new DateHit(from, to, iso.substring(0, 7), DatePrecision.MONTH, day, relative, future);
    }
}
