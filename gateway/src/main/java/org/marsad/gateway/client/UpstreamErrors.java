package org.marsad.gateway.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import org.jboss.logging.Logger;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;

import java.util.Map;

/** Turns a failed call to a service into the error the gateway's client should see. */
final class UpstreamErrors {

    private static final Logger LOG = Logger.getLogger(UpstreamErrors.class);

    private UpstreamErrors() {
    }

    /** "Request failed (Connection refused)": what went wrong, without the exception's class names. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
    }

    static RuntimeException translate(String service, RuntimeException e) {
        if (e instanceof BadRequestError || e instanceof UpstreamUnavailableError) {
            return e;
        }
        if (e instanceof GraphQLClientException graphql) {
            for (GraphQLError error : graphql.getErrors()) {
                Map<String, Object> extensions = error.getExtensions();
                Object exception = extensions == null ? null : extensions.get("exception");
                // The services reject bad arguments with ApiException, whose message is written for clients.
                if (exception != null && exception.toString().endsWith("ApiException")) {
                    return new BadRequestError(error.getMessage());
                }
            }
        }
        // One line, no stack trace: a service being down is an operating condition, not a bug in the gateway.
        LOG.warnf("%s failed: %s", service, rootCause(e));
        return new UpstreamUnavailableError(service + " is unavailable; try again shortly");
    }
}
