package org.marsad.entity.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;
import org.marsad.entity.graphql.Views.ArticleEntities;
import org.marsad.entity.graphql.Views.ArticleEvents;
import org.marsad.entity.graphql.Views.EntityArticles;
import org.marsad.entity.graphql.Views.EntityEvents;
import org.marsad.entity.graphql.Views.EntityPage;
import org.marsad.entity.graphql.Views.EntityRoles;
import org.marsad.entity.graphql.Views.EntityView;
import org.marsad.entity.graphql.Views.EventPage;
import org.marsad.entity.graphql.Views.EventView;
import org.marsad.entity.graphql.Views.ExtractionPreview;
import org.marsad.entity.mapping.ViewMapper;
import org.marsad.entity.repository.EntityRepository.EntityOrder;
import org.marsad.entity.service.ExtractionService;
import org.marsad.entity.service.GraphQueryService;

import java.util.List;

/** The entity subgraph the gateway composes. Batched lookups answer a whole gateway level in one call. */
@GraphQLApi
public class EntityGraphQLApi {

    private final GraphQueryService query;
    private final ExtractionService extraction;

    public EntityGraphQLApi(GraphQueryService query, ExtractionService extraction) {
        this.query = query;
        this.extraction = extraction;
    }

    @Query
    @Description("Events, newest first; involving takes an entity id, name, alias or acronym in any script")
    public @NonNull EventPage events(String involving, EventType type, Topic topic, String from, String to,
                                     @DefaultValue("20") Integer first, String after) {
        return query.events(involving, type, topic, from, to, first, after);
    }

    @Query
    public EventView event(@Id String id) {
        return query.event(id).orElse(null);
    }

    @Query
    public EntityView entity(@Id String id) {
        return query.entity(id).orElse(null);
    }

    @Query
    @Description("Entities by id, in the order asked; null where unknown")
    public List<EntityView> entitiesByIds(List<String> ids) {
        return query.entitiesByIds(ids);
    }

    @Query
    @Description("Entities whose name or an alias matches search (any script, tolerant of small spelling differences), "
            + "named in at least minMentions mentions, best match (or most mentioned) first")
    public @NonNull EntityPage entities(String search, EntityType type, Integer minMentions, EntityOrder orderBy,
                                        @DefaultValue("20") Integer first, String after) {
        return query.entities(search, type, minMentions, orderBy, first, after);
    }

    @Query
    public @NonNull List<@NonNull ArticleEvents> eventsByArticles(List<String> articleIds) {
        return query.eventsByArticles(articleIds);
    }

    @Query
    public @NonNull List<@NonNull ArticleEntities> entitiesByArticles(List<String> articleIds) {
        return query.entitiesByArticles(articleIds);
    }

    @Query
    public @NonNull List<@NonNull EntityRoles> rolesByEntities(List<String> entityIds) {
        return query.rolesByEntities(entityIds);
    }

    @Query
    @Description("Per entity, a page of the events that involve it")
    public @NonNull List<@NonNull EntityEvents> eventsByEntities(List<String> entityIds,
                                                                       @DefaultValue("20") Integer first, String after) {
        return query.eventsByEntities(entityIds, first, after);
    }

    @Query
    @Description("Per entity, a page of the ids of articles that mention it")
    public @NonNull List<@NonNull EntityArticles> articlesByEntities(List<String> entityIds,
                                                                     @DefaultValue("20") Integer first, String after) {
        return query.articlesByEntities(entityIds, first, after);
    }

    @Query
    @Description("Runs the extraction engine over text without storing anything")
    public @NonNull ExtractionPreview extract(String text, String publishedAt) {
        return ViewMapper.preview(extraction.preview(text, publishedAt));
    }
}
