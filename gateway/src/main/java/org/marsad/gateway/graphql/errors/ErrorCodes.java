package org.marsad.gateway.graphql.errors;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.validation.ValidationError;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every error of a GraphQL answer an {@code extensions.code}, so that clients switch on one field: graphql-java's
 * own errors have none. Validation errors (unknown field, wrong argument or variable type, unknown operation name) are
 * BAD_REQUEST; SmallRye GraphQL's depth and complexity limits are QUERY_TOO_DEEP and QUERY_TOO_COMPLEX; anything else
 * without a code is INTERNAL. Errors thrown with {@link ErrorCode} keep theirs.
 */
@ApplicationScoped
public class ErrorCodes {

    private static final String CODE = "code";

    void assign(@Observes @AfterExecute Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty() || !(context instanceof SmallRyeContext smallRye)) {
            return;
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        // A field whose argument was refused (a variable of the wrong type) resolves to null; graphql-java then adds "non
        // null field was null", which is that same mistake, not a server fault: the BAD_REQUEST alone tells the client.
        if (errors.stream().anyMatch(e -> e.getExtensions() != null && "BAD_REQUEST".equals(e.getExtensions().get(CODE)))) {
            errors = errors.stream().filter(e -> !(e instanceof NonNullableFieldWasNullError)
                    && !String.valueOf(e.getMessage()).contains("was declared as a non null type")).toList();
        }
        var answer = ExecutionResultImpl.newExecutionResult().errors(errors).extensions(result.getExtensions());
        if (result.isDataPresent()) {
            answer.data(result.getData());
        }
        smallRye.setExecutionResult(answer.build());
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching && fetching.getException().getClass().isAnnotationPresent(ErrorCode.class)
                || error.getExtensions() != null && error.getExtensions().containsKey(CODE)) {
            return error;
        }
        return coded(error, codeOf(error));
    }

    private static String codeOf(GraphQLError error) {
        if (error instanceof AbortExecutionException) {
            String message = String.valueOf(error.getMessage());
            if (message.startsWith("maximum query depth exceeded")) {
                return "QUERY_TOO_DEEP";
            }
            if (message.startsWith("maximum query complexity exceeded")) {
                return "QUERY_TOO_COMPLEX";
            }
            return "BAD_REQUEST";
        }
        ErrorClassification type = error.getErrorType();
        return error instanceof ValidationError || type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                ? "BAD_REQUEST" : "INTERNAL";
    }

    private static GraphQLError coded(GraphQLError error, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put(CODE, code);
        if (error.getErrorType() != null) {
            extensions.put("classification", error.getErrorType().toSpecification(error));
        }
        var builder = GraphqlErrorBuilder.newError().message(error.getMessage()).extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
