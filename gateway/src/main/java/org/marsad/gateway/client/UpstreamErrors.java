package org.marsad.gateway.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import org.jboss.logging.Logger;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.graphql.errors.NotFoundError;
import org.marsad.gateway.graphql.errors.UnauthenticatedError;
import org.marsad.gateway.graphql.errors.UnusableArticleError;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;

import java.util.List;
import java.util.Set;

/**
 * Turns a failed call to a service into the error the gateway's client should see, by the {@code extensions.code}
 * the service gave: a client's mistake keeps its message, anything else is the service failing.
 */
final class UpstreamErrors {

    private static final Logger LOG = Logger.getLogger(UpstreamErrors.class);
    /** The services' codes for a caller's mistake (ApiException below 500, docs/CONTRACT.md): BAD_REQUEST to our client. */
    private static final Set<String> CLIENT_MISTAKES = Set.of("BAD_REQUEST", "INVALID_CURSOR", "INVALID_DATE", "INVALID_PAGE_SIZE",
            "INVALID_ENCODING", "ARTICLE_TOO_LARGE", "TOO_MANY_ARTICLES");

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
        if (e instanceof BadRequestError || e instanceof UpstreamUnavailableError || e instanceof NotFoundError
                || e instanceof UnusableArticleError || e instanceof UnauthenticatedError) {
            return e;
        }
        if (e instanceof GraphQLClientException graphql) {
            return of(service, "a query", graphql.getErrors());
        }
        // One line, no stack trace: a service being down is an operating condition, not a bug in the gateway.
        LOG.warnf("%s failed: %s", service, rootCause(e));
        return unavailable(service);
    }

    /** The errors of an answer that carries no data, by the code of the first that has one. */
    static RuntimeException of(String service, String field, List<GraphQLError> errors) {
        for (GraphQLError error : errors) {
            String code = error.getCode();
            if (code == null) {
                continue;
            }
            if (CLIENT_MISTAKES.contains(code)) {
                return new BadRequestError(error.getMessage());
            }
            switch (code) {
                case "NOT_FOUND" -> {
                    return new NotFoundError(error.getMessage());
                }
                case "UNUSABLE_ARTICLE" -> {
                    return new UnusableArticleError(error.getMessage());
                }
                case "UNAUTHENTICATED" -> {
                    return new UnauthenticatedError(error.getMessage());
                }
                default -> {
                    // a server fault: below
                }
            }
        }
        LOG.warnf("%s failed on %s: %s", service, field, errors.isEmpty() ? "an error without a message" : errors.get(0).getMessage());
        return unavailable(service);
    }

    private static UpstreamUnavailableError unavailable(String service) {
        return new UpstreamUnavailableError(service + " is unavailable; try again shortly");
    }
}
