package org.marsad.gateway.model;

/** Contract vocabulary (docs/DESIGN.md). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, EVENT_NAME, OTHER
}
