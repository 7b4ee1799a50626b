package org.marsad.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.graphql.client.GraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.marsad.gateway.client.EntityServiceData.ArticleEntitiesData;
import org.marsad.gateway.client.EntityServiceData.ArticleEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityArticlesData;
import org.marsad.gateway.client.EntityServiceData.EntityData;
import org.marsad.gateway.client.EntityServiceData.EntityEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityPageData;
import org.marsad.gateway.client.EntityServiceData.EntityRolesData;
import org.marsad.gateway.client.EntityServiceData.EventData;
import org.marsad.gateway.client.EntityServiceData.EventPageData;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.graphql.errors.NotFoundError;
import org.marsad.gateway.graphql.errors.UnauthenticatedError;
import org.marsad.gateway.graphql.errors.UnusableArticleError;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;
import org.marsad.gateway.model.EntityOrder;
import org.marsad.gateway.model.EntityType;
import org.marsad.gateway.model.EventType;
import org.marsad.gateway.model.Extraction.ExtractionPreview;
import org.marsad.gateway.model.Topic;

import java.util.List;
import java.util.function.Supplier;

import static org.marsad.gateway.client.Subgraph.arg;

/**
 * entity-service as the gateway uses it: every call bounded in time, retried when the service stumbles
 * (never for the client's own mistakes), and cut off by a circuit breaker while the service is down.
 */
@ApplicationScoped
@Upstream("entity-service")
@Timeout(10_000)
@Retry(maxRetries = 2, delay = 200, retryOn = {UpstreamUnavailableError.class, TimeoutException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000, failOn = {UpstreamUnavailableError.class, TimeoutException.class},
        skipOn = {BadRequestError.class, NotFoundError.class, UnauthenticatedError.class, UnusableArticleError.class})
public class EntityService {

    private static final String NAME = "entity-service";
    private final EntityServiceApi api;
    private final Subgraph graph;

    public EntityService(EntityServiceApi api, @GraphQLClient("entity-service") DynamicGraphQLClient client, ObjectMapper json) {
        this.api = api;
        this.graph = new Subgraph(NAME, client, json);
    }

    public EventPageData events(Selection selection, String involving, EventType type, Topic topic, String from, String to,
                                Integer first, String after) {
        return call(() -> graph.query("events", selection, EventPageData.class, arg("involving", "String", involving),
                arg("type", "EventType", type), arg("topic", "Topic", topic), arg("from", "String", from), arg("to", "String", to),
                arg("first", "Int", first), arg("after", "String", after)));
    }

    public EventData event(Selection selection, String id) {
        return call(() -> graph.query("event", selection, EventData.class, arg("id", "ID", id)));
    }

    public EntityData entity(Selection selection, String id) {
        return call(() -> graph.query("entity", selection, EntityData.class, arg("id", "ID", id)));
    }

    public EntityPageData entities(Selection selection, String search, EntityType type, Integer minMentions, EntityOrder orderBy,
                                   Integer first, String after) {
        return call(() -> graph.query("entities", selection, EntityPageData.class, arg("search", "String", search),
                arg("type", "EntityType", type), arg("minMentions", "Int", minMentions), arg("orderBy", "EntityOrder", orderBy),
                arg("first", "Int", first), arg("after", "String", after)));
    }

    /** Per article, its events: {@code events} is the selection of each event. */
    public List<ArticleEventsData> eventsByArticles(Selection events, List<String> articleIds) {
        return call(() -> graph.queryList("eventsByArticles", Selection.of("articleId").add("events", events), ArticleEventsData.class,
                arg("articleIds", "[String]", articleIds)));
    }

    public List<ArticleEntitiesData> entitiesByArticles(Selection entities, List<String> articleIds) {
        return call(() -> graph.queryList("entitiesByArticles", Selection.of("articleId").add("entities", entities),
                ArticleEntitiesData.class, arg("articleIds", "[String]", articleIds)));
    }

    public List<EntityRolesData> rolesByEntities(Selection roles, List<String> entityIds) {
        return call(() -> graph.queryList("rolesByEntities", Selection.of("entityId").add("roles", roles), EntityRolesData.class,
                arg("entityIds", "[String]", entityIds)));
    }

    /** Per entity, a page of its events: {@code page} is the selection of each page. */
    public List<EntityEventsData> eventsByEntities(Selection page, List<String> entityIds, Integer first, String after) {
        return call(() -> graph.queryList("eventsByEntities", Selection.of("entityId").add("events", page), EntityEventsData.class,
                arg("entityIds", "[String]", entityIds), arg("first", "Int", first), arg("after", "String", after)));
    }

    public List<EntityArticlesData> articlesByEntities(List<String> entityIds, Integer first, String after) {
        Selection page = Selection.of("totalCount", "hasNextPage", "endCursor").add("edges", Selection.of("cursor", "articleId"));
        return call(() -> graph.queryList("articlesByEntities", Selection.of("entityId").add("articles", page), EntityArticlesData.class,
                arg("entityIds", "[String]", entityIds), arg("first", "Int", first), arg("after", "String", after)));
    }

    /** The engine's dry run: the typesafe client, since the answer is the public type itself, field for field. */
    public ExtractionPreview extract(String text, String publishedAt) {
        return call(() -> api.extract(text, publishedAt));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw UpstreamErrors.translate(NAME, e);
        }
    }
}
