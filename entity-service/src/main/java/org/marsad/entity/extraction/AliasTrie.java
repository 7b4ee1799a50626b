package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.commons.text.ArabicClitics;

/**
 * A trie over folded words, built once, that finds the longest known phrase starting at a token. Text words are
 * looked up under each of their clitic readings, so "للأمن", "بالرباط" and "وباريس" reach the entries of
 * "الأمن", "الرباط" and "باريس".
 *
 * @param <T> what a phrase maps to
 */
final class AliasTrie<T> {

    private final Node<T> root = new Node<>();

    /** Adds a phrase (its folded words) with a value. */
    void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(ArabicClitics.aliasCore(w), k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** Whether some phrase starts with this folded word as written (no clitic removed). */
    boolean startsPhrase(String word) {
        return root.next.containsKey(ArabicClitics.aliasCore(word));
    }

    /** The longest phrase starting at token {@code from}, not running past {@code limit}; null when none. */
    Hit<T> longestAt(Document doc, int from, int limit) {
        Hit<T>[] best = new Hit[1];
        walk(doc, root, from, from, limit, best);
        return best[0];
    }

    private void walk(Document doc, Node<T> node, int from, int j, int limit, Hit<T>[] best) {
        for (String reading : doc.readings(j)) {
            Node<T> child = node.next.get(reading);
            if (child == null) {
                continue;
            }
            if (!child.values.isEmpty() && (best[0] == null || best[0].to() < j + 1)) {
                best[0] = new Hit<>(from, j + 1, child.values);
            }
            if (j + 1 < limit && doc.joinsPrevious(j + 1) && !child.next.isEmpty()) {
                walk(doc, child, from, j + 1, limit, best);
            }
        }
    }

    /** A phrase found over tokens [from, to). */
    record Hit<T>(int from, int to, List<T> values) {}

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
    }
}
