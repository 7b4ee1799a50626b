package org.marsad.entity.extraction;

/** Kinds of named things the engine recognises (vocabulary of docs/DESIGN.md). */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, EVENT_NAME, OTHER }
