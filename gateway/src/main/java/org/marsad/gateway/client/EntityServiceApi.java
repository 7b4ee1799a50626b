package org.marsad.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.gateway.model.Extraction.ExtractionPreview;

/** entity-service's dry run of the engine, whose answer is the public type itself (reads go through {@link Subgraph}). */
@GraphQLClientApi(configKey = "entity-service")
interface EntityServiceApi {

    @Query("extract")
    ExtractionPreview extract(String text, String publishedAt);
}
