package org.marsad.entity.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.marsad.entity.extraction.DatePrecision;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;

import java.util.List;

/** The shapes of the entity subgraph. Flat on purpose: the gateway resolves nested fields in batches. */
public final class Views {

    private Views() {
    }

    /** The entity Entity of the federated graph. */
    @Name("Entity")
    @Key(fields = @FieldSet("id"))
    public record EntityView(@Id @NonNull String id, String name, String nameAr, EntityType type, List<String> aliases,
                             String wikidataId, int mentionCount) {
    }

    public record SpanView(int start, int end, String text) {
    }

    /** An article stating a fact; for an event, {@code reading} is what this article says about it (null for roles). */
    public record SourceView(String articleId, SpanView evidence, ReadingView reading) {
    }

    /**
     * One article's telling of an event: the fields as that article gives them, how it spells each participant, and
     * the words its date and place were read from (null when it gives none).
     */
    public record ReadingView(EventStatus status, String date, DatePrecision datePrecision, EntityView location,
                              List<SpellingView> participants, SpanView dateSpan, SpanView locationSpan) {
    }

    public record SpellingView(EntityView entity, String spelling) {
    }

    /** A field a curator set by hand (TYPE, STATUS, DATE or LOCATION, the latter as an entity id); it wins over the sources. */
    public record CorrectionView(String field, String value) {
    }

    /** A field on which an event's sources disagree, with every value given (the event keeps the chosen one). */
    public record DisagreementView(String field, List<String> values) {
    }

    public record ParticipantView(EntityView entity, String role) {
    }

    /** The entity Event of the federated graph. */
    @Name("Event")
    @Key(fields = @FieldSet("id"))
    public record EventView(@Id @NonNull String id, EventType type, EventStatus status, String date, DatePrecision datePrecision,
                            EntityView location, List<ParticipantView> participants, List<EntityView> organizations,
                            List<Topic> topics, double confidence, List<SourceView> sources, List<DisagreementView> disagreements,
                            List<CorrectionView> corrections) {
    }

    public record RoleView(String title, EntityView organization, SourceView source) {
    }

    public record EventEdge(String cursor, EventView node) {
    }

    public record EventPage(long totalCount, List<EventEdge> edges, boolean hasNextPage, String endCursor) {
    }

    public record EntityEdge(String cursor, EntityView node) {
    }

    public record EntityPage(long totalCount, List<EntityEdge> edges, boolean hasNextPage, String endCursor) {
    }

    public record ArticleRefEdge(String cursor, String articleId) {
    }

    public record ArticleRefPage(long totalCount, List<ArticleRefEdge> edges, boolean hasNextPage, String endCursor) {
    }

    /** Batched answers carry the key they answer, so the gateway can match them whatever the order. */
    public record ArticleEvents(String articleId, List<EventView> events) {
    }

    public record ArticleEntities(String articleId, List<EntityView> entities) {
    }

    public record EntityRoles(String entityId, List<RoleView> roles) {
    }

    public record EntityEvents(String entityId, EventPage events) {
    }

    public record EntityArticles(String entityId, ArticleRefPage articles) {
    }

    public record ExtractedEntity(String name, EntityType type, List<SpanView> mentions) {
    }

    /** An event as the engine reads it; {@code dateSpan} and {@code locationSpan} are the words date and place come from. */
    public record ExtractedEvent(EventType type, EventStatus status, String date, String location, List<String> participants,
                                 List<String> organizations, List<Topic> topics, SpanView evidence, SpanView dateSpan,
                                 SpanView locationSpan) {
    }

    public record ExtractionPreview(List<ExtractedEntity> entities, List<ExtractedEvent> events) {
    }
}
