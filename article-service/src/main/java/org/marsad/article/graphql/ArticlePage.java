package org.marsad.article.graphql;

import org.marsad.article.rest.ArticleView;

import java.util.List;

/** A Relay-shaped page of articles, for the gateway to pass on. */
public record ArticlePage(long totalCount, List<ArticleEdge> edges, boolean hasNextPage, String endCursor) {

    public record ArticleEdge(String cursor, ArticleView node) {
    }
}
