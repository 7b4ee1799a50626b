package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Another stored article telling the same story (a repost with another footer or a small edit): linked, never merged. */
@Description("Another stored article telling the same story (a repost with another footer or a small edit): linked, never merged")
public record NearDuplicate(@NonNull @Description("The other article") Article article,
                            @Description("Estimated share of text in common (Jaccard similarity of word shingles, 0 to 1)") double similarity) {

    /** The subgraph's link, before the article is fetched. */
    public record Ref(String articleId, double similarity) {
    }
}
