package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One article's telling of an event: the fields as that article gives them, before merging. */
@Description("One article's telling of an event: the fields as that article gives them, before merging")
public record SourceReading(@NonNull EventStatus status, String date, DatePrecision datePrecision, Entity location,
                            @NonNull List<@NonNull Spelling> participants) {

    /** A participant as this article writes the name. */
    @Description("A participant as this article writes the name")
    public record Spelling(@NonNull Entity entity, String spelling) {
    }
}
