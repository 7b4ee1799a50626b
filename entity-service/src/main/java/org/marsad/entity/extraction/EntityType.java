package org.marsad.entity.extraction;

/** Kinds of named things the engine recognises (vocabulary of DESIGN.md). */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, EVENT_NAME, OTHER }
