package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** An article reporting an event (or stating a role), with the quoted sentence; the article is fetched in batches. */
public record EventSource(@Ignore String articleId, @NonNull TextSpan evidence) {
}
