package org.marsad.entity.extraction;

import java.util.List;

/**
 * An entity found in one text.
 *
 * @param key stable identity inside one extraction and across articles: the KB id when known, else "new:" + NameKey.of(name)
 * @param kbId nullable
 * @param name canonical display name: KB name, else the longest surface form
 * @param nameAr nullable
 */
public record FoundEntity(String key, String kbId, String name, String nameAr, EntityType type, List<Span> mentions) {}
