package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Curation's input and the record of a correction on an event. */
public final class Curation {

    private Curation() {
    }

    /** Fields to set by hand on an event; null leaves a field as the sources say. */
    @Input("EventCorrectionInput")
    @Description("Fields to set by hand on an event (null leaves a field as the sources say); kept through re-extraction")
    public record EventCorrectionInput(@Description("The event's type") EventType type,
                                       @Description("Whether it took place") EventStatus status,
                                       @Description("ISO 8601, partial or an interval: 2024, 2024-06, 2024-06-26, 2024-06-26/2024-06-28") String date,
                                       @Id @Description("Entity id of the place") String location) {
    }

    /** A field a curator set on an event. */
    @Name("Correction")
    @Description("A field a curator set by hand; it wins over the sources")
    public record Correction(@NonNull @Description("Which field: type, status, date or location") String field,
                             @Description("The value set: an enum name, an ISO 8601 date, or the place's entity id") String value) {
    }
}
