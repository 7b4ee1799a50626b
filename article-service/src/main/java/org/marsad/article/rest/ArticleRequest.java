package org.marsad.article.rest;

import org.marsad.article.service.ArticleSubmission;

/** JSON body of {@code POST /articles}: {@code text} (plain text or HTML) and optional metadata that wins over detection. */
public record ArticleRequest(String text, String url, String outlet, String author, String publishedAt, String language) {

    public ArticleSubmission toSubmission() {
        return new ArticleSubmission(text, url, outlet, author, publishedAt, language);
    }
}
