package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the event stage keeps looking up in one document: the title each person holds, the organizations each acts
 * for, who holds a title named without its holder, and the person the text is mostly about.
 */
final class EventContext {

    private final KnowledgeBase kb;
    final Analysis a;
    /** The title each person holds in this text. */
    final Map<String, String> titleOf = new HashMap<>();
    /** Organizations each person acts for in this text. */
    final Map<String, Set<String>> actsFor = new HashMap<>();
    final Set<String> mentionedKeys = new java.util.HashSet<>();
    /** Events whose only parties are "the two sides", waiting for the event they refer to. */
    final List<EventDraft> bothSides = new ArrayList<>();
    final String mainPerson;

    EventContext(KnowledgeBase kb, Analysis a) {
        this.kb = kb;
        this.a = a;
        for (Mention m : a.mentions().all()) {
            mentionedKeys.add(m.key());
        }
        for (TitleOccurrence t : a.titles()) {
            if (t.personKey != null && t.isPosition()) {
                titleOf.putIfAbsent(t.personKey, t.text);
                actsFor.computeIfAbsent(t.personKey, k -> new java.util.LinkedHashSet<>()).addAll(t.organizations);
            }
        }
        this.mainPerson = mainPerson(a);
    }

    /** Organizations a person acts for here: from titles in the text, and KB roles in organizations it mentions. */
    Set<String> organizationsOf(String person) {
        Set<String> out = new java.util.LinkedHashSet<>(actsFor.getOrDefault(person, Set.of()));
        kb.byId(person).ifPresent(e -> {
            for (KbRole r : e.roles()) {
                if (r.organizationId() != null && mentionedKeys.contains(r.organizationId())) {
                    out.add(r.organizationId());
                }
            }
        });
        return out;
    }

    /** The person a title without a name designates: whoever holds it elsewhere in the text, or per the KB. */
    String holder(TitleOccurrence t) {
        for (String org : t.organizations) {
            for (Map.Entry<String, Set<String>> e : actsFor.entrySet()) {
                if (e.getValue().contains(org)) {
                    return e.getKey();
                }
            }
        }
        for (String org : t.organizations) {
            for (String key : mentionedKeys) {
                KbEntity person = kb.byId(key).orElse(null);
                if (person != null && person.type() == EntityType.PERSON
                        && person.roles().stream().anyMatch(r -> org.equals(r.organizationId()))) {
                    return key;
                }
            }
        }
        return null;
    }

    /** Whether a place mention only qualifies a title ("أمير دولة قطر"). */
    boolean insideTitle(Mention m) {
        for (TitleOccurrence t : a.titles()) {
            if (t.country != null && m.from() >= t.headTo && m.to() <= t.to && t.kind != TitleLexicon.Kind.COUNTERPART) {
                return true;
            }
        }
        return false;
    }

    /** The person the text is mostly about (named at least twice), the implicit subject of "لقائه بنظيره". */
    private static String mainPerson(Analysis a) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Mention m : a.mentions().all()) {
            if (m.type() == EntityType.PERSON) {
                int c = counts.merge(m.key(), 1, Integer::sum);
                if (best == null || c > counts.get(best)) {
                    best = m.key();
                }
            }
        }
        return best != null && counts.get(best) >= 2 ? best : null;
    }
}
