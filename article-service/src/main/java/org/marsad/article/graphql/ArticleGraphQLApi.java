package org.marsad.article.graphql;

import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.article.service.ArticlePage;
import org.marsad.article.service.ArticleView;
import org.marsad.article.service.ArticleQueryService;
import org.marsad.article.service.ExtractionStatus;

import java.util.List;

/**
 * The article subgraph the gateway composes: single and batched lookups, and filtered pages. It is also an Apollo
 * Federation v2 subgraph (the link below), so any federation router can compose it with entity-service.
 */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key")})
public class ArticleGraphQLApi {

    private final ArticleQueryService query;

    public ArticleGraphQLApi(ArticleQueryService query) {
        this.query = query;
    }

    @Query
    @Description("One article by id")
    public ArticleView article(@Id String id) {
        return query.byId(id).orElse(null);
    }

    @Query
    @Description("Articles by id, in the order asked; null where an id is unknown. One call per gateway level.")
    public List<ArticleView> articlesByIds(List<String> ids) {
        return query.byIds(ids);
    }

    @Query
    @Description("Articles filtered by outlet and publication dates (ISO, possibly partial), newest first; with a search "
            + "(web-search syntax: words, \"a phrase\", or, -word), ranked by relevance with a highlighted snippet per edge")
    public @NonNull ArticlePage articles(String search, String outlet, String from, String to,
                                         @Description("Only articles in this extraction state") ExtractionStatus extraction,
                                         @DefaultValue("20") Integer first, String after) {
        return ArticlePage.of(query.page(search, outlet, from, to, extraction, first, after));
    }

    /**
     * A federation router's {@code _entities} lookup of Articles: all representations of a request in one call, in their
     * order. The argument is named after the key and is a plain list, as SmallRye's batched _entities expects.
     */
    @Query
    @Description("Articles by key (id), in the order asked; null where unknown. Used by a federation router's _entities.")
    public List<ArticleView> articleEntities(List<String> id) {
        return query.byIds(id);
    }
}
