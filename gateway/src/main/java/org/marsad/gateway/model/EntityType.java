package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Contract vocabulary (docs/DESIGN.md). */
@Description("What kind of thing an entity is")
public enum EntityType {
    @Description("A person: Abdellatif Hammouchi")
    PERSON,
    @Description("An organization: a police force, an intelligence service, a ministry, an international body, a news agency")
    ORGANIZATION,
    @Description("A place: a country, a city, a region")
    LOCATION,
    @Description("A named happening: Paris 2024 Olympics, 93rd INTERPOL General Assembly")
    EVENT_NAME,
    @Description("Anything else the engine names")
    OTHER
}
