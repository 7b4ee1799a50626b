package org.marsad.article.rest;

import org.marsad.article.domain.Article;

/** An article as clients see it; {@code body} is the cleaned text every evidence offset points into. */
public record ArticleView(String id, String url, String title, String outlet, String author, String publishedAt,
                          String language, String body) {

    public static ArticleView of(Article a) {
        return new ArticleView(String.valueOf(a.id), a.url, a.title, a.outlet, a.author, a.publishedAt, a.language, a.body);
    }
}
