package org.marsad.commons.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.marsad.commons.database.DatabaseFailures;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/** Turns every failure into an {@link ApiError} JSON body: a clear 4xx for the client's mistakes, never a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.status(), e.code(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && cause(e, JsonProcessingException.class) instanceof JsonProcessingException json) {
            return json(json);
        }
        String message = e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        return respond(status, codeFor(status), message);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            detail = "expected " + describe(m.getTargetType()) + (m.getPathReference() == null || m.getPath().isEmpty() ? ""
                    : " at " + m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse(""));
        }
        return respond(400, "INVALID_JSON", "The request body is not valid JSON for this endpoint: " + detail);
    }

    /** As specific as Quarkus's own mapper for this type, which answers without our JSON error shape; ours wins on priority. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    /** Needs {@code quarkus.http.auth.proactive=false}, so that authentication fails here rather than before REST. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("This operation needs Authorization: Bearer <token>.");
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e) {
        return challenge("The bearer token is not valid.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "FORBIDDEN", "This token may not perform this operation.");
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            // An outage, not a bug: one line, and a 503 that tells the client when to try again.
            LOG.warnf("Database unavailable: %s", DatabaseFailures.reason(e));
            return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(503, "UNAVAILABLE", "The database is unavailable; retry in " + RETRY_AFTER_SECONDS + " seconds")).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return respond(500, "INTERNAL", "Internal error; reference " + reference);
    }

    private static Response challenge(String message) {
        return Response.status(401).header("WWW-Authenticate", "Bearer realm=\"marsad\"").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(401, "UNAUTHENTICATED", message)).build();
    }

    private static String describe(Class<?> type) {
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class ? "a " + type.getSimpleName().toLowerCase()
                : "an object";
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static Response respond(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, code, message)).build();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL" : "CLIENT_ERROR";
        };
    }
}
