package org.marsad.gateway.graphql.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The client's mistake: bad argument, unknown cursor, impossible date. The message says what to fix. */
@ErrorCode("BAD_REQUEST")
public class BadRequestError extends RuntimeException {

    public BadRequestError(String message) {
        super(message);
    }
}
