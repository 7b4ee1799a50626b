package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Contract vocabulary (docs/DESIGN.md). */
@Description("Whether an event took place, as its sources tell it")
public enum EventStatus {
    @Description("Announced or expected, not (yet) reported as done")
    PLANNED,
    @Description("Reported as having taken place")
    HAPPENED,
    @Description("Reported as called off")
    CANCELLED
}
