package org.marsad.entity.extraction;

/**
 * One place where the text names an entity.
 *
 * @param from first token
 * @param to token after the last
 * @param key entity key (KB id or "new:" + name key)
 * @param type entity type
 * @param origin how it was found
 * @param trim letters of the first word that are a leading conjunction, left out of the span ("وباريس" → "باريس")
 */
record Mention(int from, int to, String key, EntityType type, Origin origin, int trim) {

    Mention(int from, int to, String key, EntityType type, Origin origin) {
        this(from, to, key, type, origin, 0);
    }

    enum Origin {
        /** A knowledge-base alias. */
        KB,
        /** A short organization form inside a title ("المدير العام للأمن الوطني"). */
        TITLE,
        /** An unknown name found from its context. */
        DISCOVERED
    }

    boolean overlaps(int a, int b) {
        return from < b && a < to;
    }
}
