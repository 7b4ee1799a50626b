package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * A stored article; its entities, events and near-duplicates are resolved in batches
 * ({@code nearDuplicateRefs} holds the ids and similarities the article subgraph gave).
 */
public record Article(@NonNull @Id String id, String url, @NonNull String title, String outlet, String author,
                      String publishedAt, @NonNull String language, @NonNull String body,
                      @Ignore List<NearDuplicate.Ref> nearDuplicateRefs) {
}
