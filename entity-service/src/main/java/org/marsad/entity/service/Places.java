package org.marsad.entity.service;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which places can name the same spot: the same place, or a place and the country it lies in ("in Paris" and
 * "in France" agree; Paris and Madrid do not). {@code partOf} maps a place's id to its country's id;
 * {@code among} holds which of the ids at hand (participants included: a state can take part) are places.
 */
record Places(Map<Long, Long> partOf, Set<Long> among) {

    Places(Map<Long, Long> partOf) {
        this(partOf, Set.of());
    }

    boolean isPlace(Long id) {
        return among.contains(id) || partOf.containsKey(id);
    }

    boolean agree(Long a, Long b) {
        return a == null || b == null || a.equals(b) || Objects.equals(partOf.get(a), b) || Objects.equals(partOf.get(b), a);
    }

    /** Both named, and agreeing. */
    boolean same(Long a, Long b) {
        return a != null && b != null && agree(a, b);
    }

    /** Of two agreeing places, the more precise: the city rather than its country. */
    boolean moreSpecific(Long a, Long b) {
        return partOf.containsKey(a) && partOf.get(a) != null && !(partOf.containsKey(b) && partOf.get(b) != null);
    }
}
