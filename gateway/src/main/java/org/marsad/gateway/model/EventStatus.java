package org.marsad.gateway.model;

/** Contract vocabulary (docs/DESIGN.md). */
public enum EventStatus {
    PLANNED, HAPPENED, CANCELLED
}
