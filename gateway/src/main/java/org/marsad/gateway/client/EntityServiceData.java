package org.marsad.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.marsad.gateway.model.DatePrecision;
import org.marsad.gateway.model.EntityType;
import org.marsad.gateway.model.EventStatus;
import org.marsad.gateway.model.EventType;
import org.marsad.gateway.model.Topic;

import java.util.List;

/** The entity subgraph's shapes, as the typesafe client reads them (it selects every field listed here). */
// Read from Response bodies or nested in generic lists, where the native build cannot see them: registered by hand.
@RegisterForReflection(ignoreNested = false)
public final class EntityServiceData {

    private EntityServiceData() {
    }

    public record EntityData(String id, String name, String nameAr, EntityType type, List<String> aliases,
                             String wikidataId, int mentionCount) {
    }

    public record SpanData(int start, int end, String text) {
    }

    public record SourceData(String articleId, SpanData evidence, ReadingData reading) {
    }

    public record ReadingData(EventStatus status, String date, DatePrecision datePrecision, EntityData location,
                              List<SpellingData> participants, SpanData dateSpan, SpanData locationSpan) {
    }

    public record SpellingData(EntityData entity, String spelling) {
    }

    public record DisagreementData(String field, List<String> values) {
    }

    public record CorrectionData(String field, String value) {
    }

    public record ParticipantData(EntityData entity, String role) {
    }

    public record EventData(String id, EventType type, EventStatus status, String date, DatePrecision datePrecision,
                            EntityData location, List<ParticipantData> participants, List<EntityData> organizations,
                            List<Topic> topics, double confidence, List<SourceData> sources,
                            List<DisagreementData> disagreements, List<CorrectionData> corrections) {
    }

    public record RoleData(String title, EntityData organization, SourceData source) {
    }

    public record EventEdgeData(String cursor, EventData node) {
    }

    public record EventPageData(long totalCount, List<EventEdgeData> edges, boolean hasNextPage, String endCursor) {
    }

    public record EntityEdgeData(String cursor, EntityData node) {
    }

    public record EntityPageData(long totalCount, List<EntityEdgeData> edges, boolean hasNextPage, String endCursor) {
    }

    public record ArticleRefEdgeData(String cursor, String articleId) {
    }

    public record ArticleRefPageData(long totalCount, List<ArticleRefEdgeData> edges, boolean hasNextPage, String endCursor) {
    }

    public record ArticleEventsData(String articleId, List<EventData> events) {
    }

    public record ArticleEntitiesData(String articleId, List<EntityData> entities) {
    }

    public record EntityRolesData(String entityId, List<RoleData> roles) {
    }

    public record EntityEventsData(String entityId, EventPageData events) {
    }

    public record EntityArticlesData(String entityId, ArticleRefPageData articles) {
    }
}
