package org.marsad.gateway.graphql.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A service behind the gateway did not answer; retrying later may work. */
@ErrorCode("UPSTREAM_UNAVAILABLE")
public class UpstreamUnavailableError extends RuntimeException {

    public UpstreamUnavailableError(String message) {
        super(message);
    }
}
