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
    public record EventCorrectionInput(EventType type, EventStatus status,
                                       @Description("ISO 8601, partial or an interval: 2024, 2024-06, 2024-06-26, 2024-06-26/2024-06-28") String date,
                                       @Id @Description("Entity id of the place") String location) {
    }

    /** A field a curator set on an event. */
    @Name("Correction")
    @Description("A field a curator set by hand (TYPE, STATUS, DATE, LOCATION as an entity id); it wins over the sources")
    public record Correction(@NonNull String field, String value) {
    }
}
