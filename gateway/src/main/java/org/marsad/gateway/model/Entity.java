package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A person, organization, place or named happening; roles, events and articles are resolved in batches. */
public record Entity(@NonNull @Id String id, @NonNull String name, String nameAr, @NonNull EntityType type,
                     @NonNull List<@NonNull String> aliases, String wikidataId, int mentionCount) {
}
