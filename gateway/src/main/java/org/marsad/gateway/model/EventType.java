package org.marsad.gateway.model;

/** Contract vocabulary (docs/DESIGN.md). */
public enum EventType {
    VISIT, MEETING, AGREEMENT, TRAINING, DEPLOYMENT, OPERATION, STATEMENT, CONFERENCE, AWARD, OTHER
}
