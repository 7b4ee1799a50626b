package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Who took part in an event, and as what. */
@Description("An entity taking part in an event")
public record Participant(@NonNull @Description("The person or organization taking part") Entity entity,
                          @Description("The title it acts under in this event, as the sources write it "
                                  + "(\"المدير العام للأمن الوطني\", \"directeur général\"); null when none is given") String role) {
}
