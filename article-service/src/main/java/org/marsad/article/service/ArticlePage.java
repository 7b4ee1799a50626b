package org.marsad.article.service;

import org.marsad.article.service.ArticleQueryService.Slice;
import org.marsad.commons.paging.OffsetCursor;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay-shaped page of articles, served by both the subgraph and REST; {@code snippet} is the
 * highlighted passage a search matched (null without a search).
 */
public record ArticlePage(long totalCount, List<ArticleEdge> edges, boolean hasNextPage, String endCursor) {

    public record ArticleEdge(String cursor, ArticleView node, String snippet) {
    }

    public static ArticlePage of(Slice slice) {
        List<ArticleEdge> edges = new ArrayList<>();
        for (int i = 0; i < slice.items().size(); i++) {
            var hit = slice.items().get(i);
            edges.add(new ArticleEdge(OffsetCursor.encode(slice.offset() + i), hit.article(), hit.snippet()));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticlePage(slice.total(), edges, slice.hasNext(), end);
    }
}
