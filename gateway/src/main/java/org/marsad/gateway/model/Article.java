package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A stored article; its entities and events are resolved in batches. */
public record Article(@NonNull @Id String id, String url, @NonNull String title, String outlet, String author,
                      String publishedAt, @NonNull String language, @NonNull String body) {
}
