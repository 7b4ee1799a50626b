package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mentions of one document, looked up by the token they start or end at. Stages add to it in turn. */
final class MentionIndex {

    private final Mention[] byStart;
    private final Mention[] byEnd;
    private final List<Mention> all = new ArrayList<>();

    MentionIndex(int tokens) {
        byStart = new Mention[tokens + 1];
        byEnd = new Mention[tokens + 1];
    }

    /** Adds a mention unless it overlaps one already there. */
    boolean add(Mention m) {
        for (int i = m.from(); i < m.to(); i++) {
            if (covering(i) != null) {
                return false;
            }
        }
        byStart[m.from()] = m;
        byEnd[m.to()] = m;
        all.add(m);
        return true;
    }

    /** The mention starting at token {@code i}, or null. */
    Mention at(int i) {
        return i >= 0 && i < byStart.length ? byStart[i] : null;
    }

    /** The mention whose last token is {@code i - 1}, or null. */
    Mention endingAt(int i) {
        return i >= 0 && i < byEnd.length ? byEnd[i] : null;
    }

    /** The mention covering token {@code i}, or null. */
    Mention covering(int i) {
        for (int k = i; k >= 0 && k > i - 12; k--) {
            Mention m = byStart[k];
            if (m != null) {
                return m.to() > i ? m : null;
            }
        }
        return null;
    }

    /** Mentions in text order. */
    List<Mention> all() {
        List<Mention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Mention::from));
        return sorted;
    }

    /** Mentions inside tokens [from, to), in text order. */
    List<Mention> within(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, byStart.length); i++) {
            if (byStart[i] != null) {
                out.add(byStart[i]);
            }
        }
        return out;
    }

    /** The mention of {@code key} closest to token {@code near}, or null. */
    Mention nearestOf(String key, int near) {
        Mention best = null;
        for (Mention m : all) {
            if (m.key().equals(key) && (best == null || Math.abs(m.from() - near) < Math.abs(best.from() - near))) {
                best = m;
            }
        }
        return best;
    }
}
