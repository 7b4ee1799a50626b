package org.marsad.article.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 dates that may be partial (2024, 2024-06, 2024-06-26): their first and last days, for ordering and ranges. */
public final class PartialDates {

    private PartialDates() {
    }

    /** The last day a partial date covers: {@code to: "2024-06"} includes the whole of June. */
    public static Optional<LocalDate> lastDay(String iso) {
        return firstDay(iso).map(first -> switch (iso.strip().length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        });
    }

    public static Optional<LocalDate> firstDay(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String value = iso.strip();
        try {
            return switch (value.length()) {
                case 4 -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
                case 7 -> Optional.of(YearMonth.parse(value).atDay(1));
                case 10 -> Optional.of(LocalDate.parse(value));
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
