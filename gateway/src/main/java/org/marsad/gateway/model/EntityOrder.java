package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** How an entity listing is sorted; entity-service's subgraph has the same enum. */
@Description("How entities are sorted; ties go to the entity known first")
public enum EntityOrder {
    @Description("Best match for search first; without search, in the order entities became known")
    RELEVANCE,
    @Description("Most mentioned first (mentionCount, highest first)")
    MENTIONS
}
