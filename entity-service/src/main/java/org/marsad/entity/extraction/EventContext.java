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
    private final String datelinePlace;
    private final int datelineSentence;

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
        Sentence dateline = null;
        String place = null;
        for (Sentence s : a.doc().sentences()) {
            if (s.index() > 3 || place != null) {
                break;
            }
            place = datelinePlace(s);
            dateline = s;
        }
        this.datelinePlace = place;
        this.datelineSentence = place == null ? -1 : dateline.index();
    }

    /**
     * The city a story is filed from, when a sentence opens with it as a dateline: "ليون في 11 أكتوبر/ وام/ …",
     * "برلين – …", "RABAT, March 3 -". Events told there without a place of their own took place there.
     */
    private String datelinePlace(Sentence s) {
        Document doc = a.doc();
        Mention m = s.tokenTo() > s.tokenFrom() ? a.mentions().at(s.tokenFrom()) : null;
        if (m == null || m.type() != EntityType.LOCATION || !"city".equals(kb.extras(m.key()).category())
                || m.to() >= s.tokenTo()) {
            return null;
        }
        String gap = doc.gap(m.to() - 1, m.to());
        boolean dash = gap.contains("-") || gap.contains("–") || gap.contains("—");
        boolean date = (doc.word(m.to()).equals("في") || gap.contains(",") || gap.contains("،"))
                && m.to() + 1 < s.tokenTo() && Character.isDigit(doc.word(gap.contains(",") || gap.contains("،")
                ? m.to() : m.to() + 1).charAt(0));
        return dash || date ? m.key() : null;
    }

    /** Whether an event told in {@code s} may take the dateline's city as its place. */
    String datelinePlaceFor(Sentence s) {
        return datelinePlace != null && s.index() <= datelineSentence + 1 ? datelinePlace : null;
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
