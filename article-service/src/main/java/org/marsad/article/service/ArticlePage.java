package org.marsad.article.service;

import org.marsad.article.service.ArticleQueryService.Slice;
import org.marsad.commons.paging.OffsetCursor;

import java.util.List;

/**
 * A Relay-shaped page of articles, served by both the subgraph and REST; {@code snippet} is the
 * highlighted passage a search matched (null without a search).
 */
public record ArticlePage(long totalCount, List<ArticleEdge> edges, boolean hasNextPage, String endCursor) {

    public record ArticleEdge(String cursor, ArticleView node, String snippet) {
    }

    public static ArticlePage of(Slice slice) {
        List<ArticleEdge> edges = OffsetCursor.edges(slice.items(), slice.offset(),
                (cursor, hit) -> new ArticleEdge(cursor, hit.article(), hit.snippet()));
        return new ArticlePage(slice.total(), edges, slice.hasNext(), OffsetCursor.endCursor(slice.offset(), edges.size()));
    }
}
