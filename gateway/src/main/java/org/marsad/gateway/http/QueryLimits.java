package org.marsad.gateway.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Limits the gateway enforces on a GraphQL document before it runs, beside SmallRye GraphQL's own
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth}, {@code …-query-complexity}, {@code parser-max-tokens}).
 */
@ConfigMapping(prefix = "marsad.graphql")
public interface QueryLimits {

    /** Aliased fields in a request, counted through fragments: each is one more execution of a field. */
    @WithName("max-aliases")
    @WithDefault("20")
    int maxAliases();

    /** Fields at the root of an operation (every root field asks a service). */
    @WithName("max-root-fields")
    @WithDefault("10")
    int maxRootFields();
}
