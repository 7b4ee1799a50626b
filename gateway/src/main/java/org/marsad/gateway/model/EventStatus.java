package org.marsad.gateway.model;

/** Contract vocabulary (DESIGN.md). */
public enum EventStatus {
    PLANNED, HAPPENED, CANCELLED
}
