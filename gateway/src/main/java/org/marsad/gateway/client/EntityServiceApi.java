package org.marsad.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.gateway.client.EntityServiceData.ArticleEntitiesData;
import org.marsad.gateway.client.EntityServiceData.ArticleEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityArticlesData;
import org.marsad.gateway.client.EntityServiceData.EntityData;
import org.marsad.gateway.client.EntityServiceData.EntityEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityPageData;
import org.marsad.gateway.client.EntityServiceData.EntityRolesData;
import org.marsad.gateway.client.EntityServiceData.EventData;
import org.marsad.gateway.client.EntityServiceData.EventPageData;
import org.marsad.gateway.model.EntityOrder;
import org.marsad.gateway.model.EntityType;
import org.marsad.gateway.model.EventType;
import org.marsad.gateway.model.Extraction.ExtractionPreview;
import org.marsad.gateway.model.Topic;

import java.util.List;

/** entity-service's GraphQL subgraph. */
@GraphQLClientApi(configKey = "entity-service")
interface EntityServiceApi {

    @Query("events")
    EventPageData events(String involving, EventType type, Topic topic, String from, String to, Integer first, String after);

    @Query("event")
    EventData event(@Id String id);

    @Query("entity")
    EntityData entity(@Id String id);

    @Query("entities")
    EntityPageData entities(String search, EntityType type, Integer minMentions, EntityOrder orderBy, Integer first, String after);

    @Query("eventsByArticles")
    List<ArticleEventsData> eventsByArticles(List<String> articleIds);

    @Query("entitiesByArticles")
    List<ArticleEntitiesData> entitiesByArticles(List<String> articleIds);

    @Query("rolesByEntities")
    List<EntityRolesData> rolesByEntities(List<String> entityIds);

    @Query("eventsByEntities")
    List<EntityEventsData> eventsByEntities(List<String> entityIds, Integer first, String after);

    @Query("articlesByEntities")
    List<EntityArticlesData> articlesByEntities(List<String> entityIds, Integer first, String after);

    @Query("extract")
    ExtractionPreview extract(String text, String publishedAt);
}
