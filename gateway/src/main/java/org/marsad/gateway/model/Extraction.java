package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The dry-run extraction result: names in ExtractedEvent refer to ExtractedEntity.name. */
public final class Extraction {

    private Extraction() {
    }

    @Name("ExtractedEntity")
    @Description("An entity the engine found in the text given to extract")
    public record ExtractedEntity(@NonNull @Description("Its name (knowledge-base name when known, else as written)") String name,
                                  @NonNull @Description("What kind of thing it is") EntityType type,
                                  @NonNull @Description("Where the text names it (UTF-16 offsets into that text)") List<@NonNull TextSpan> mentions) {
    }

    @Name("ExtractedEvent")
    @Description("An event the engine found in the text given to extract; names refer to ExtractedEntity.name")
    public record ExtractedEvent(@NonNull @Description("What kind of happening") EventType type,
                                 @NonNull @Description("Whether it took place") EventStatus status,
                                 @Description("When, ISO 8601 as Event.date, resolved against publishedAt or the dateline; null if undated") String date,
                                 @Description("Name of the place, or null") String location,
                                 @NonNull @Description("Names of the people and organizations taking part") List<@NonNull String> participants,
                                 @NonNull @Description("Names of the organizations involved") List<@NonNull String> organizations,
                                 @NonNull @Description("Security subjects it is about") List<@NonNull Topic> topics,
                                 @NonNull @Description("The sentence that states it (UTF-16 offsets into the text)") TextSpan evidence,
                                 @Description("The words the date was read from (UTF-16 offsets into the text), or null when undated") TextSpan dateSpan,
                                 @Description("The words naming the place (UTF-16 offsets into the text), or null when no place") TextSpan locationSpan) {
    }

    @Name("ExtractionPreview")
    @Description("What the engine extracts from a text, without storing anything")
    public record ExtractionPreview(@NonNull @Description("Entities found, in order of first mention") List<@NonNull ExtractedEntity> entities,
                                    @NonNull @Description("Events found, in text order") List<@NonNull ExtractedEvent> events) {
    }
}
