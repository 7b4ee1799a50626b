package org.marsad.article.service;

import org.marsad.article.service.ArticleQueryService.Slice;

import java.util.List;

/**
 * A Relay-shaped page of articles, served by both the subgraph and REST; {@code snippet} is the
 * highlighted passage a search matched (null without a search).
 */
public record ArticlePage(long totalCount, List<ArticleEdge> edges, boolean hasNextPage, String endCursor) {

    public record ArticleEdge(String cursor, ArticleView node, String snippet) {
    }

    public static ArticlePage of(Slice slice) {
        List<ArticleEdge> edges = slice.items().stream().map(hit -> new ArticleEdge(hit.cursor(), hit.article(), hit.snippet())).toList();
        return new ArticlePage(slice.total(), edges, slice.hasNext(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }
}
