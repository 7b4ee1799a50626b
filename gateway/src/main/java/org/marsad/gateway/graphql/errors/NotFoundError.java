package org.marsad.gateway.graphql.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The id names nothing (an entity or event that does not exist). */
@ErrorCode("NOT_FOUND")
public class NotFoundError extends RuntimeException {

    public NotFoundError(String message) {
        super(message);
    }
}
