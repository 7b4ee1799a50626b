package org.marsad.gateway.model;

/** Contract vocabulary (DESIGN.md). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, EVENT_NAME, OTHER
}
