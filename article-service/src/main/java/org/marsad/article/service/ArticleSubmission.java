package org.marsad.article.service;

/** What a client sends to store an article; every field but {@code text} is optional and wins over detection. */
public record ArticleSubmission(String text, String url, String outlet, String author, String publishedAt, String language) {
}
