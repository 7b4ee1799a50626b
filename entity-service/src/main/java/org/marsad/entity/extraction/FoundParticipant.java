package org.marsad.entity.extraction;

/** An entity taking part in an event; role is nullable (e.g. the title it holds in this event). */
public record FoundParticipant(String entityKey, String role) {}
