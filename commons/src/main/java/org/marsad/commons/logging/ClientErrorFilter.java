package org.marsad.commons.logging;

import io.quarkus.logging.LoggingFilter;
import org.marsad.commons.rest.ApiException;

import java.lang.annotation.Annotation;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps a client's mistake out of the error log. SmallRye GraphQL logs every exception a query throws at ERROR with
 * its stack trace, the caller's bad cursor or missing token included; those are answered to the caller (with a code)
 * and are not the server's failures. Unexpected exceptions are still logged.
 */
@LoggingFilter(name = "client-errors")
public final class ClientErrorFilter implements Filter {

    /** SmallRye GraphQL's "Data Fetching Error" message. */
    private static final String DATA_FETCHING_ERROR = "SRGQL012000";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith(DATA_FETCHING_ERROR) || !isClientError(record.getThrown());
    }

    /** An {@link ApiException} below 500, or a GraphQL error type that declares its code to clients ({@code @ErrorCode}). */
    static boolean isClientError(Throwable thrown) {
        if (thrown instanceof ApiException api) {
            return api.status() < 500;
        }
        if (thrown == null) {
            return false;
        }
        for (Annotation annotation : thrown.getClass().getAnnotations()) {
            if (annotation.annotationType().getName().equals("io.smallrye.graphql.api.ErrorCode")) {
                return true;
            }
        }
        return false;
    }
}
