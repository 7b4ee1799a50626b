package org.marsad.entity.extraction;

/** Kinds of happenings the engine reports (vocabulary of docs/DESIGN.md). */
public enum EventType { VISIT, MEETING, AGREEMENT, TRAINING, DEPLOYMENT, OPERATION, STATEMENT, CONFERENCE, AWARD, OTHER }
