package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * A stored article; its entities, events and near-duplicates are resolved in batches
 * ({@code nearDuplicateRefs} holds the ids and similarities the article subgraph gave).
 */
@Description("A stored news article: its cleaned text and what was read from the page")
public record Article(@NonNull @Id @Description("Stable id") String id,
                      @Description("Where it was published, when given") String url,
                      @NonNull @Description("The headline, given or read from the page") String title,
                      @Description("The outlet (\"Hespress\", \"Le360\"), given or read from the page") String outlet,
                      @Description("The byline, when found") String author,
                      @Description("Publication date, ISO 8601 (2024-06-26, or 2024-06 when only the month is known); null when undated")
                      String publishedAt,
                      @NonNull @Description("ISO 639-1 code of its language: ar, fr, en…") String language,
                      @NonNull @Description("The cleaned text (boilerplate removed); every TextSpan of this article indexes it") String body,
                      @Ignore List<NearDuplicate.Ref> nearDuplicateRefs,
                      @NonNull @Description("Whether the article has been extracted: PENDING, DONE or FAILED, with the details") ArticleExtraction extraction) {
}
