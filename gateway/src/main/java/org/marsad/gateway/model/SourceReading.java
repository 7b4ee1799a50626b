package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One article's telling of an event: the fields as that article gives them, before merging. */
@Description("One article's telling of an event: the fields as that article gives them, before merging")
public record SourceReading(@NonNull @Description("The status this article gives") EventStatus status,
                            @Description("The date this article gives (ISO 8601, as Event.date), or null") String date,
                            @Description("The precision of that date, or null") DatePrecision datePrecision,
                            @Description("The place this article gives, or null") Entity location,
                            @NonNull @Description("The participants this article names, as it spells them") List<@NonNull Spelling> participants,
                            @Description("The words of this article the date was read from (UTF-16 offsets into its body), or null when it gives no date") TextSpan dateSpan,
                            @Description("The words of this article naming the place (UTF-16 offsets into its body), or null when it gives no place") TextSpan locationSpan) {

    /** A participant as this article writes the name. */
    @Description("A participant as this article writes the name")
    public record Spelling(@NonNull @Description("The participant") Entity entity,
                           @Description("The name as this article first writes it, or null") String spelling) {
    }
}
