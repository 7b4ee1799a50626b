package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The dry-run extraction result: names in ExtractedEvent refer to ExtractedEntity.name. */
public final class Extraction {

    private Extraction() {
    }

    @Name("ExtractedEntity")
    public record ExtractedEntity(@NonNull String name, @NonNull EntityType type, @NonNull List<@NonNull TextSpan> mentions) {
    }

    @Name("ExtractedEvent")
    public record ExtractedEvent(@NonNull EventType type, @NonNull EventStatus status, String date, String location,
                                 @NonNull List<@NonNull String> participants, @NonNull List<@NonNull String> organizations,
                                 @NonNull List<@NonNull Topic> topics, @NonNull TextSpan evidence) {
    }

    @Name("ExtractionPreview")
    public record ExtractionPreview(@NonNull List<@NonNull ExtractedEntity> entities, @NonNull List<@NonNull ExtractedEvent> events) {
    }
}
