package org.marsad.article.graphql;

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

/** The article subgraph the gateway composes: single and batched lookups, and filtered pages. */
@GraphQLApi
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
}
