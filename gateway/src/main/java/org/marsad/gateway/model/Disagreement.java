package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A field on which an event's sources disagree (status, date, location, or a participant's spelling), with every value given. */
@Description("A field on which an event's sources disagree (status, date, location, spelling of a participant), with every value given")
public record Disagreement(@NonNull @Description("Which field: status, date, location, or \"spelling of <participant name>\"") String field,
                           @NonNull @Description("Every distinct value the sources give, in the order of the sources") List<@NonNull String> values) {
}
