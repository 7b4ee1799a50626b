package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns mentions, roles and event drafts into the public result: one entity per key with all its spans, and
 * events whose keys all point at those entities.
 */
final class ResultAssembler {

    private final KnowledgeBase kb;

    ResultAssembler(KnowledgeBase kb) {
        this.kb = kb;
    }

    Extraction assemble(String language, Analysis a, List<EventDraft> drafts) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (Mention m : a.mentions().all()) {
            spans.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(a.doc().span(m.from(), m.to(), m.trim()));
            types.putIfAbsent(m.key(), m.type());
        }
        List<FoundEntity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            entities.add(entity(e.getKey(), types.get(e.getKey()), e.getValue(), a.discoveredNames()));
        }
        Set<String> known = spans.keySet();
        List<FoundRole> roles = new ArrayList<>();
        for (FoundRole r : a.roles()) {
            if (known.contains(r.personKey()) && (r.organizationKey() == null || known.contains(r.organizationKey()))) {
                roles.add(r);
            }
        }
        List<FoundEvent> events = new ArrayList<>();
        for (EventDraft d : drafts) {
            events.add(event(a.doc(), a.mentions(), d, known));
        }
        return new Extraction(language, List.copyOf(entities), List.copyOf(roles), List.copyOf(events));
    }

    private FoundEntity entity(String key, EntityType type, List<Span> mentions, Map<String, String> discovered) {
        KbEntity e = kb.byId(key).orElse(null);
        if (e != null) {
            return new FoundEntity(key, key, e.name(), e.nameAr(), e.type(), List.copyOf(mentions));
        }
        String name = discovered.get(key);
        if (name == null) {
            for (Span s : mentions) {
                if (name == null || s.text().length() > name.length()) {
                    name = s.text();
                }
            }
        }
        String nameAr = name != null && name.chars().anyMatch(c -> TextNormalizer.isArabicLetter((char) c)) ? name : null;
        return new FoundEntity(key, null, name, nameAr, type, List.copyOf(mentions));
    }

    private FoundEvent event(Document doc, MentionIndex mentions, EventDraft d, Set<String> known) {
        List<FoundParticipant> participants = new ArrayList<>();
        d.participants.forEach((key, role) -> {
            if (known.contains(key)) {
                participants.add(new FoundParticipant(key, role));
            }
        });
        Set<String> orgs = new LinkedHashSet<>();
        for (String o : d.organizations) {
            if (known.contains(o)) {
                orgs.add(o);
            }
        }
        String location = d.location != null && known.contains(d.location) ? d.location : null;
        Span evidence = evidence(doc, d.sentence);
        Span dateSpan = d.date == null || d.date.to() <= d.date.from() ? null : doc.span(d.date.from(), d.date.to());
        return new FoundEvent(d.type, d.status, d.date == null ? null : d.date.iso(),
                d.date == null ? null : d.date.precision(), location, List.copyOf(participants), List.copyOf(orgs),
                List.copyOf(d.topics), Confidence.of(d), evidence, dateSpan, placeSpan(doc, mentions, d, location));
    }

    /** The mention of the event's place nearest to its trigger: the words an analyst reads it from. */
    private static Span placeSpan(Document doc, MentionIndex mentions, EventDraft d, String location) {
        if (location == null) {
            return null;
        }
        Mention m = mentions.nearestOf(location, d.triggerFrom);
        return m == null ? null : doc.span(m.from(), m.to(), m.trim());
    }

    /** The sentence, without the conjunction-free trailing punctuation. */
    private static Span evidence(Document doc, Sentence s) {
        return doc.span(s.tokenFrom(), s.tokenTo());
    }
}
