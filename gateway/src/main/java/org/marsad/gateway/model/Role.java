package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

/** A title a person holds for an organization; source is null for curated knowledge. */
public record Role(@NonNull String title, @NonNull Entity organization, EventSource source) {
}
