package org.marsad.gateway.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Spares schema introspection from the depth and complexity limits (SmallRye GraphQL's instrumentations, which check
 * each operation as it begins): GraphiQL's own introspection query nests {@code ofType} eight levels deep, past any
 * depth limit tight enough for data queries. graphql-java guards introspection itself (GoodFaithIntrospection).
 */
@ApplicationScoped
public class IntrospectionAllowance {

    void spareIntrospection(@Observes GraphQL.Builder builder) {
        Instrumentation current = builder.build().getInstrumentation();
        List<Instrumentation> chain = current instanceof ChainedInstrumentation chained ? chained.getInstrumentations() : List.of(current);
        builder.instrumentation(new ExceptIntrospection(chain));
    }

    /** The same instrumentations, except that an operation asking only {@code __schema}, {@code __type} or {@code __typename} is not checked as it begins. */
    private static final class ExceptIntrospection extends ChainedInstrumentation {

        ExceptIntrospection(List<Instrumentation> instrumentations) {
            super(instrumentations);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                             InstrumentationState state) {
            if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static boolean introspectionOnly(OperationDefinition operation) {
            return operation.getSelectionSet().getSelections().stream()
                    .allMatch(s -> s instanceof Field field && field.getName().startsWith("__"));
        }
    }
}
