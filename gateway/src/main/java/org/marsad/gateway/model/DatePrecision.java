package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Contract vocabulary (docs/DESIGN.md). */
@Description("How precisely an event's date is known; the date string has the matching ISO 8601 form")
public enum DatePrecision {
    @Description("A single day: 2024-06-26")
    DAY,
    @Description("A month, day unknown: 2024-06")
    MONTH,
    @Description("A year, month unknown: 2024")
    YEAR,
    @Description("An interval of days, both ends included: 2024-06-26/2024-06-28")
    RANGE
}
