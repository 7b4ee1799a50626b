package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A person, organization, place or named happening; roles, events and articles are resolved in batches. */
@Description("A person, organization, place or named happening, resolved across articles and scripts")
public record Entity(@NonNull @Id @Description("Stable id; an id merged away by curation answers the entity it was merged into") String id,
                     @NonNull @Description("Short display name: the acronym when the entity is known by one (\"DGSN\"), "
                             + "else the usual name (\"Abdellatif Hammouchi\", \"Royal Gendarmerie (Morocco)\")") String name,
                     @NonNull @Description("The name spelled out, in English where the knowledge base has it "
                             + "(\"General Directorate of National Security, Morocco\"); equals name when there is nothing to spell out") String fullName,
                     @Description("The acronym the entity is known by (\"DGSN\", \"FBI\", \"CTED\"), or null") String acronym,
                     @Description("The name in Arabic, when known") String nameAr,
                     @NonNull @Description("What kind of thing it is") EntityType type,
                     @NonNull @Description("Every other spelling seen or curated, in any script, name excluded") List<@NonNull String> aliases,
                     @Description("Wikidata item id (Q1028), when the knowledge base links one") String wikidataId,
                     @Description("How many times stored articles name it (every mention counts; 0 for knowledge-base entries never seen)")
                     int mentionCount) {
}
