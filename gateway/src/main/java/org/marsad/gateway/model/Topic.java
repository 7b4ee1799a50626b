package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Contract vocabulary (docs/DESIGN.md). */
@Description("A security subject an event is about; an event may have several")
public enum Topic {
    @Description("Terrorism and counter-terrorism")
    TERRORISM,
    @Description("Violent extremism and radicalization")
    EXTREMISM,
    @Description("Organized crime networks")
    ORGANIZED_CRIME,
    @Description("Drug trafficking")
    DRUG_TRAFFICKING,
    @Description("Irregular migration and migrant smuggling")
    ILLEGAL_MIGRATION,
    @Description("Trafficking in human beings")
    HUMAN_TRAFFICKING,
    @Description("Cybercrime and cyber security")
    CYBERCRIME,
    @Description("Espionage")
    ESPIONAGE,
    @Description("Securing a major event (Olympics, World Cup, summits)")
    MAJOR_EVENT_SECURITY,
    @Description("Sharing of intelligence between services")
    INTELLIGENCE_SHARING,
    @Description("Judicial cooperation: extraditions, letters rogatory")
    JUDICIAL_COOPERATION,
    @Description("Visas and border documents")
    VISAS,
    @Description("Training of security staff")
    TRAINING,
    @Description("Security cooperation in general")
    SECURITY_COOPERATION,
    @Description("Public order and policing")
    PUBLIC_ORDER,
    @Description("Another subject")
    OTHER
}
