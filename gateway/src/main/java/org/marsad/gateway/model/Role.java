package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A title a person holds for an organization; source is null for curated knowledge. */
@Description("A title a person holds for an organization")
public record Role(@NonNull @Description("The title as written (\"Director General\", \"المدير العام\")") String title,
                   @NonNull @Description("The organization the title is held in") Entity organization,
                   @Description("The article sentence that states the role; null for roles from the curated knowledge base") EventSource source) {
}
