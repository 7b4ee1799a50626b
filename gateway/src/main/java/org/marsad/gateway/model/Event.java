package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A typed, dated happening with its participants, organizations and every article that reports it. */
@Description("A happening (meeting, visit, agreement, operation…) merged from every article that tells it")
public record Event(@NonNull @Id @Description("Stable id") String id,
                    @NonNull @Description("What kind of happening") EventType type,
                    @NonNull @Description("HAPPENED once any source says so; else PLANNED or CANCELLED") EventStatus status,
                    @Description("When: ISO 8601, a day (2024-06-26), month (2024-06), year (2024) or interval of days "
                            + "(2024-06-26/2024-06-28, both ends included); null when no source dates it") String date,
                    @Description("Which of those forms date has; null when date is null") DatePrecision datePrecision,
                    @Description("Where it happened (a LOCATION entity), or null") Entity location,
                    @NonNull @Description("People and organizations taking part, with their roles") List<@NonNull Participant> participants,
                    @NonNull @Description("Organizations involved: taking part, or acted for by a participant") List<@NonNull Entity> organizations,
                    @NonNull @Description("Security subjects it is about") List<@NonNull Topic> topics,
                    @Description("How sure the engine is that the event is real and typed right, from 0 to 1; "
                            + "with several sources 1 − Π(1 − cᵢ) over each source's confidence cᵢ") double confidence,
                    @NonNull @Description("Every article that tells it, with the sentence quoted") List<@NonNull EventSource> sources,
                    @Description("Where the sources disagree; the event's own fields are the ones chosen (see docs/GRAPH.md)")
                    @NonNull List<@NonNull Disagreement> disagreements,
                    @Description("Fields a curator set by hand; they win over what the sources say")
                    @NonNull List<Curation.@NonNull Correction> corrections) {
}
