package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Contract vocabulary (docs/DESIGN.md). */
@Description("What kind of happening an event is")
public enum EventType {
    @Description("An official visit to another country or institution")
    VISIT,
    @Description("Talks, a reception, a phone call between officials")
    MEETING,
    @Description("An agreement or memorandum, signed or announced")
    AGREEMENT,
    @Description("A training course, exercise or exchange of expertise")
    TRAINING,
    @Description("Staff or units sent somewhere (e.g. police sent to secure a major event)")
    DEPLOYMENT,
    @Description("A security operation: arrests, a dismantled cell, tracking of suspects")
    OPERATION,
    @Description("Praise, thanks, a declaration or a report")
    STATEMENT,
    @Description("An assembly, summit or conference")
    CONFERENCE,
    @Description("A decoration or award given")
    AWARD,
    @Description("Any other happening")
    OTHER
}
