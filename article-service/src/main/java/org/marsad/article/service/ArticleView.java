package org.marsad.article.service;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.marsad.article.domain.Article;
import org.marsad.article.domain.OutboxMessage;
import org.marsad.article.repository.NearDuplicateRepository.Link;

import java.util.List;

/**
 * An article as clients see it; {@code body} is the cleaned text every evidence offset points into.
 * {@code nearDuplicates} are other stored articles telling the same story (a repost with another
 * footer or a small edit): linked, never merged. {@code extraction} says whether entity-service has read it.
 * In the federated graph it is the entity {@code Article}, keyed by id (entity-service's event sources point at it).
 */
@Name("Article")
@Key(fields = @FieldSet("id"))
public record ArticleView(@Id @NonNull String id, String url, String title, String outlet, String author, String publishedAt,
                          String language, String body, List<NearDuplicate> nearDuplicates, @NonNull ExtractionState extraction) {

    public static ArticleView of(Article a, List<Link> links, OutboxMessage message) {
        return new ArticleView(String.valueOf(a.id), a.url, a.title, a.outlet, a.author, a.publishedAt, a.language, a.body,
                links.stream().map(NearDuplicate::of).toList(), ExtractionState.of(message));
    }

    /** Another article with the estimated share of text (Jaccard similarity of word shingles, 0..1) they have in common. */
    public record NearDuplicate(String id, double similarity) {

        public static NearDuplicate of(Link link) {
            return new NearDuplicate(String.valueOf(link.otherId()), Math.round(link.similarity() * 100) / 100.0);
        }
    }
}
