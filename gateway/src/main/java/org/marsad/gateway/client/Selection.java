package org.marsad.gateway.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields to ask a subgraph for, as a tree of names, printed as a GraphQL selection set. Built by the gateway's
 * resolvers from what their caller selected, so a downstream query carries only what the answer needs.
 */
public final class Selection {

    private final Map<String, Selection> fields = new LinkedHashMap<>();

    public static Selection of(String... leaves) {
        Selection selection = new Selection();
        for (String leaf : leaves) {
            selection.add(leaf);
        }
        return selection;
    }

    /** Adds a leaf field (nothing when already there). */
    public Selection add(String name) {
        fields.computeIfAbsent(name, n -> new Selection());
        return this;
    }

    /** Adds a field with these sub-fields, merged with what is already asked under that name. */
    public Selection add(String name, Selection children) {
        Selection existing = fields.computeIfAbsent(name, n -> new Selection());
        children.fields.forEach((child, grandchildren) -> existing.add(child, grandchildren));
        return this;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The sub-fields asked under name; empty when it is not asked. */
    public Selection get(String name) {
        return fields.getOrDefault(name, new Selection());
    }

    public Set<String> names() {
        return fields.keySet();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** "{ a b { c } }" */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, children) -> {
            out.append(' ').append(name);
            if (!children.isEmpty()) {
                out.append(' ').append(children);
            }
        });
        return out.append(" }").toString();
    }
}
