package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An article reporting an event (or stating a role), with the quoted sentence; the article is fetched in
 * batches. For an event, {@code reading} is what this article says about it.
 */
@Description("An article that states a fact, with the sentence that states it")
public record EventSource(@Ignore String articleId,
                          @NonNull @Description("The sentence, as offsets into the article's body") TextSpan evidence,
                          @Description("What this article says about the event (null for a role's source)") SourceReading reading) {
}
