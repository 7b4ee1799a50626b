package org.marsad.gateway.graphql.errors;

import io.smallrye.graphql.api.ErrorCode;

/** An article that cannot be stored: nothing left after cleaning, binary, no prose. */
@ErrorCode("UNUSABLE_ARTICLE")
public class UnusableArticleError extends RuntimeException {

    public UnusableArticleError(String message) {
        super(message);
    }
}
