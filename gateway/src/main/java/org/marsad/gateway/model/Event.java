package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A typed, dated happening with its participants, organizations and every article that reports it. */
public record Event(@NonNull @Id String id, @NonNull EventType type, @NonNull EventStatus status, String date,
                    DatePrecision datePrecision, Entity location, @NonNull List<@NonNull Participant> participants,
                    @NonNull List<@NonNull Entity> organizations, @NonNull List<@NonNull Topic> topics,
                    double confidence, @NonNull List<@NonNull EventSource> sources,
                    @Description("Where the sources disagree; the event's own fields are the ones chosen (see docs/GRAPH.md)")
                    @NonNull List<@NonNull Disagreement> disagreements,
                    @Description("Fields a curator set by hand; they win over what the sources say")
                    @NonNull List<Curation.@NonNull Correction> corrections) {
}
