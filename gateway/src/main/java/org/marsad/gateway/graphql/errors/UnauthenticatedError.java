package org.marsad.gateway.graphql.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A write without a valid API token (Authorization: Bearer ...). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedError extends RuntimeException {

    public UnauthenticatedError(String message) {
        super(message);
    }
}
