package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

/** Who took part in an event, and as what. */
public record Participant(@NonNull Entity entity, String role) {
}
