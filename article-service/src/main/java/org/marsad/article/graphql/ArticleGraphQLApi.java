package org.marsad.article.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.article.rest.ArticleView;
import org.marsad.article.service.ArticleQueryService;
import org.marsad.commons.paging.OffsetCursor;

import java.util.ArrayList;
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
        return query.byId(id).map(ArticleView::of).orElse(null);
    }

    @Query
    @Description("Articles by id, in the order asked; null where an id is unknown. One call per gateway level.")
    public List<ArticleView> articlesByIds(List<String> ids) {
        return query.byIds(ids).stream().map(a -> a == null ? null : ArticleView.of(a)).toList();
    }

    @Query
    @Description("Articles, newest first, filtered by text, outlet and publication dates (ISO, possibly partial)")
    public @NonNull ArticlePage articles(String search, String outlet, String from, String to,
                                         @DefaultValue("20") Integer first, String after) {
        var slice = query.page(search, outlet, from, to, first, after);
        List<ArticlePage.ArticleEdge> edges = new ArrayList<>();
        for (int i = 0; i < slice.items().size(); i++) {
            edges.add(new ArticlePage.ArticleEdge(OffsetCursor.encode(slice.offset() + i), ArticleView.of(slice.items().get(i))));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticlePage(slice.total(), edges, slice.hasNext(), end);
    }
}
