package org.marsad.gateway.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.marsad.commons.security.ApiTokenIdentityProvider;
import org.marsad.gateway.graphql.errors.UnauthenticatedError;

/** Who is calling: writes need the writer token, which is passed on to the service that does the write. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    public Caller(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The caller's Authorization header, once it is known to carry a writer token. */
    String writerAuthorization(String operation) {
        if (identity.isAnonymous() || !identity.hasRole(ApiTokenIdentityProvider.WRITER)) {
            throw new UnauthenticatedError(operation + " needs an API token: send Authorization: Bearer <token>");
        }
        return request.getHeader("Authorization");
    }
}
