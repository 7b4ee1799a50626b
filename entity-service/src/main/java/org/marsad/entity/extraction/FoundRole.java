package org.marsad.entity.extraction;

/** A title a person holds according to the text; organizationKey is nullable. */
public record FoundRole(String personKey, String title, String organizationKey, Span evidence) {}
