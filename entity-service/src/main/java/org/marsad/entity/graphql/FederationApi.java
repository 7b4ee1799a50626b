package org.marsad.entity.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.marsad.entity.graphql.Views.EntityView;
import org.marsad.entity.graphql.Views.EventView;
import org.marsad.entity.graphql.Views.SourceView;
import org.marsad.entity.service.GraphQueryService;

import java.util.List;

/**
 * What makes the entity subgraph an Apollo Federation v2 subgraph beyond its own queries: batched {@code _entities}
 * lookups of Event and Entity (one call for all representations of a type), and each source's article as a reference
 * to article-service's Article, which a federation router resolves there.
 */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key")})
public class FederationApi {

    private final GraphQueryService query;

    public FederationApi(GraphQueryService query) {
        this.query = query;
    }

    /** article-service's Article, known here by its key only. */
    @Name("Article")
    @Key(fields = @FieldSet("id"), resolvable = false)
    public record ArticleRef(@Id @NonNull String id) {
    }

    @Description("The article stating it (served by article-service)")
    public @NonNull ArticleRef article(@Source SourceView source) {
        return new ArticleRef(source.articleId());
    }

    // Batched _entities lookups: the argument is named after the key and is a plain list, as SmallRye expects.
    @Query
    @Description("Events by key (id), in the order asked; null where unknown. Used by a federation router's _entities.")
    public List<EventView> eventEntities(List<String> id) {
        return query.eventsByIds(id);
    }

    @Query
    @Description("Entities by key (id), in the order asked; null where unknown. Used by a federation router's _entities.")
    public List<EntityView> entityEntities(List<String> id) {
        return query.entitiesByIds(id);
    }
}
