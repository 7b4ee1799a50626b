package org.marsad.gateway.client;

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

    public EntityService(EntityServiceApi api) {
        this.api = api;
    }

    public EventPageData events(String involving, EventType type, Topic topic, String from, String to, Integer first, String after) {
        return call(() -> api.events(involving, type, topic, from, to, first, after));
    }

    public EventData event(String id) {
        return call(() -> api.event(id));
    }

    public EntityData entity(String id) {
        return call(() -> api.entity(id));
    }

    public EntityPageData entities(String search, EntityType type, Integer minMentions, EntityOrder orderBy, Integer first, String after) {
        return call(() -> api.entities(search, type, minMentions, orderBy, first, after));
    }

    public List<ArticleEventsData> eventsByArticles(List<String> articleIds) {
        return call(() -> api.eventsByArticles(articleIds));
    }

    public List<ArticleEntitiesData> entitiesByArticles(List<String> articleIds) {
        return call(() -> api.entitiesByArticles(articleIds));
    }

    public List<EntityRolesData> rolesByEntities(List<String> entityIds) {
        return call(() -> api.rolesByEntities(entityIds));
    }

    public List<EntityEventsData> eventsByEntities(List<String> entityIds, Integer first, String after) {
        return call(() -> api.eventsByEntities(entityIds, first, after));
    }

    public List<EntityArticlesData> articlesByEntities(List<String> entityIds, Integer first, String after) {
        return call(() -> api.articlesByEntities(entityIds, first, after));
    }

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
