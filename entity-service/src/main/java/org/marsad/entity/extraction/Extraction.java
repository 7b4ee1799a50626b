package org.marsad.entity.extraction;

import java.util.List;

/** Everything the engine found in one text. Keys used by roles and events are keys of {@link #entities()}. */
public record Extraction(String language, List<FoundEntity> entities, List<FoundRole> roles, List<FoundEvent> events) {}
