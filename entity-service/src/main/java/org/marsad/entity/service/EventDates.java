package org.marsad.entity.service;

import org.marsad.commons.dates.PublicationDates;
import org.marsad.commons.rest.ApiException;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** ISO 8601 dates as events carry them (2024, 2024-06, 2024-06-26, or an interval a/b) as day ranges. */
public final class EventDates {

    private EventDates() {
    }

    /**
     * The publication day the engine resolves relative dates against; partial dates anchor nothing. Read as
     * article-service reads it (ISO, a timestamp, "18 juillet 2024"); anything else is the client's mistake.
     */
    public static LocalDate publicationDay(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String iso = PublicationDates.parse(publishedAt.strip()).orElseThrow(() -> ApiException.badRequest(
                "publishedAt is not a date: " + publishedAt + " (give an ISO date such as 2024-07-18, or leave it out)"));
        return iso.length() == 10 ? LocalDate.parse(iso) : null;
    }

    /** The days an article's publication date covers (a month-only date: the month); both null when it gives none. */
    public static LocalDate[] publicationRange(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return new LocalDate[] {null, null};
        }
        return range(PublicationDates.parse(publishedAt.strip()).orElse(null));
    }

    /** First and last day covered; both null when the date is absent or unreadable. */
    public static LocalDate[] range(String iso) {
        if (iso == null || iso.isBlank()) {
            return new LocalDate[] {null, null};
        }
        String[] parts = iso.split("/", 2);
        LocalDate[] first = bounds(parts[0]);
        LocalDate[] last = parts.length == 2 ? bounds(parts[1]) : first;
        return new LocalDate[] {first[0], last[1]};
    }

    private static LocalDate[] bounds(String part) {
        try {
            return switch (part.length()) {
                case 4 -> new LocalDate[] {Year.parse(part).atDay(1), Year.parse(part).atMonth(12).atEndOfMonth()};
                case 7 -> new LocalDate[] {YearMonth.parse(part).atDay(1), YearMonth.parse(part).atEndOfMonth()};
                case 10 -> new LocalDate[] {LocalDate.parse(part), LocalDate.parse(part)};
                default -> new LocalDate[] {null, null};
            };
        } catch (DateTimeParseException e) {
            return new LocalDate[] {null, null};
        }
    }
}
