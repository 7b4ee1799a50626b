package org.marsad.entity.extraction;

/** A title a known person holds, and the knowledge-base id of the organization it is held in (nullable). */
public record KbRole(String title, String organizationId) {}
