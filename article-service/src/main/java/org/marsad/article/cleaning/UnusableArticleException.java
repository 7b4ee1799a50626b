package org.marsad.article.cleaning;

/**
 * Thrown when the input cannot be an article: empty, binary, or without prose once the page noise
 * is gone. The message is meant for the client, so it says what was wrong in plain words.
 */
public final class UnusableArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableArticleException(String message) {
        super(message);
    }
}
