package org.marsad.entity.service;

import org.marsad.commons.rest.ApiException;
import org.marsad.entity.extraction.DatePrecision;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.extraction.EventType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A curator's correction of an event: any of type, status, date (ISO, partial or an interval) and location
 * (an entity id); a field left null is not corrected. Checked before anything is stored.
 */
public record EventCorrection(EventType type, EventStatus status, String date, String location) {

    /** The fields a correction may set, as stored in {@code event_correction.field}. */
    public enum Field { TYPE, STATUS, DATE, LOCATION }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (type != null) {
            fields.put(Field.TYPE.name(), type.name());
        }
        if (status != null) {
            fields.put(Field.STATUS.name(), status.name());
        }
        if (date != null) {
            if (EventDates.range(date)[0] == null) {
                throw new ApiException(400, "INVALID_DATE", "date must be ISO 8601: 2024, 2024-06, 2024-06-26 or an interval a/b");
            }
            fields.put(Field.DATE.name(), date.strip());
        }
        if (location != null) {
            fields.put(Field.LOCATION.name(), location.strip());
        }
        if (fields.isEmpty()) {
            throw ApiException.badRequest("a correction needs at least one of type, status, date, location");
        }
        return fields;
    }

    static DatePrecision precisionOf(String iso) {
        if (iso.contains("/")) {
            return DatePrecision.RANGE;
        }
        return switch (iso.length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }
}
