package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detects events in article prose: a trigger word gives the type; the sentence gives the participants (named, or
 * designated by a title held by a person named elsewhere), the organizations they act for, the place, the date and
 * the status. Restatements of one event across sentences are merged.
 */
final class EventDetector {

    /** Words that make a trigger refer back to an event already told ("هذا اللقاء", "cette visite"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هاته", "هذين", "هاتين",
            "ce", "cette", "cet", "this", "that", "these");
    private static final Set<String> CLAUSE_BREAKS = Set.of("الذي", "التي", "الذين", "اللذين", "qui", "who", "which");
    private static final Set<String> STRONG_PLACE_PREPOSITIONS = Set.of("في", "الى", "نحو", "a", "en", "in", "to",
            "at", "au", "aux", "dans");
    /** "The two sides": the people of the event told just before. */
    private static final Set<String> BOTH_SIDES = Set.of("الجانبان", "الجانبين", "الطرفان", "الطرفين", "parties",
            "sides");
    /** Words that point at the sentence's implicit subject: "the official", "which brought him together with". */
    private static final Set<String> SUBJECT_POINTERS = Set.of("مسوول", "جمعته", "جمعتها", "جمعه", "جمعها", "جمعتهما",
            "جمعهما");
    private static final Set<String> DESTINATION_MARKERS = Set.of("عمل", "رسميه", "خاصه", "تاريخيه", "رسمي");
    private static final int WINDOW = 12;
    private static final int LOOKBACK_SENTENCES = 3;

    private final KnowledgeBase kb;
    private final AliasTrie<TriggerLexicon.Trigger> triggers = TriggerLexicon.build();
    private final AliasTrie<TitleLexicon.Kind> counterpartWords = new AliasTrie<>();
    private final StatusDetector statusDetector = new StatusDetector();
    private final TopicTagger topicTagger = new TopicTagger();
    /** First words of place names, to tell "بباريس" (in Paris) from "بروكسل" (Brussels). */
    private final Set<String> placeFirstWords = new java.util.HashSet<>();

    EventDetector(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity e : kb.entities()) {
            if (e.type() == EntityType.LOCATION) {
                for (String alias : e.aliases()) {
                    List<String> words = Tokenizer.words(alias);
                    if (!words.isEmpty()) {
                        placeFirstWords.add(ArabicClitics.aliasCore(words.get(0)));
                    }
                }
                if (e.nameAr() != null && !Tokenizer.words(e.nameAr()).isEmpty()) {
                    placeFirstWords.add(ArabicClitics.aliasCore(Tokenizer.words(e.nameAr()).get(0)));
                }
            }
        }
        for (String w : TitleLexicon.COUNTERPARTS) {
            counterpartWords.add(Tokenizer.words(w), TitleLexicon.Kind.COUNTERPART);
        }
    }

    List<EventDraft> detect(Analysis a) {
        Context ctx = new Context(a);
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : a.doc().sentences()) {
            if (s.prose()) {
                drafts.addAll(inSentence(ctx, s));
            }
        }
        for (EventDraft d : drafts) {
            if (d.bothSides && !complete(d)) {
                ctx.bothSides.add(d);
            }
        }
        Set<Integer> eventSentences = new java.util.HashSet<>();
        for (EventDraft d : drafts) {
            eventSentences.add(d.sentence.index());
        }
        for (EventDraft d : drafts) {
            tagTopics(ctx, d, eventSentences);
        }
        drafts.removeIf(d -> !complete(d));
        List<EventDraft> merged = mergeRestatements(drafts);
        takeBothSides(ctx, merged);
        inheritContext(merged);
        return merged;
    }

    private List<EventDraft> inSentence(Context ctx, Sentence s) {
        Document doc = ctx.a.doc();
        Map<EventType, EventDraft> byType = new java.util.LinkedHashMap<>();
        List<AliasTrie.Hit<TriggerLexicon.Trigger>> hits = new ArrayList<>();
        int i = s.tokenFrom();
        while (i < s.tokenTo()) {
            Mention m = ctx.a.mentions().covering(i);
            if (m != null && m.type() != EntityType.EVENT_NAME) {
                i = m.to();
                continue;
            }
            AliasTrie.Hit<TriggerLexicon.Trigger> hit = triggers.longestAt(doc, i, s.tokenTo());
            if (hit == null) {
                i++;
                continue;
            }
            i = hit.to();
            if (hit.from() > s.tokenFrom() && DEMONSTRATIVES.contains(doc.word(hit.from() - 1))) {
                continue;
            }
            hits.add(hit);
        }
        // Triggers that state no event here (no one taking part, nothing involved) must not cut the sentence
        // into regions: build, drop those, and build again over the remaining ones.
        List<EventDraft> built = buildAll(ctx, s, hits);
        List<AliasTrie.Hit<TriggerLexicon.Trigger>> kept = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            if (complete(built.get(k)) || built.get(k).bothSides) {
                kept.add(hits.get(k));
            }
        }
        if (kept.size() < hits.size()) {
            built = buildAll(ctx, s, kept);
        }
        for (EventDraft d : built) {
            EventDraft same = byType.get(d.type);
            if (same == null) {
                byType.put(d.type, d);
            } else {
                same.absorb(d);
            }
        }
        EventDraft meeting = byType.get(EventType.MEETING);
        EventDraft visit = byType.get(EventType.VISIT);
        // A visit during which named people meet is reported as their meeting.
        if (meeting != null && visit != null && meeting.participants.size() >= 2) {
            String place = moreSpecific(meeting.location, visit.location);
            meeting.absorb(visit);
            meeting.location = place;
            byType.remove(EventType.VISIT);
        }
        return new ArrayList<>(byType.values());
    }

    private List<EventDraft> buildAll(Context ctx, Sentence s, List<AliasTrie.Hit<TriggerLexicon.Trigger>> hits) {
        List<EventDraft> out = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            AliasTrie.Hit<TriggerLexicon.Trigger> hit = hits.get(k);
            // Each trigger owns the stretch up to its neighbours: the place and date said there are its own.
            int regionFrom = k == 0 ? s.tokenFrom() : hits.get(k - 1).to();
            int regionTo = k == hits.size() - 1 ? s.tokenTo() : hits.get(k + 1).from();
            out.add(build(ctx, s, hit.from(), hit.to(), hit.values().get(0), regionFrom, regionTo));
        }
        return out;
    }

    /** Of two places told for one event, the city inside the country rather than the country. */
    private String moreSpecific(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b != null && a.equals(kb.extras(b).country())) {
            return b;
        }
        return a;
    }

    private EventDraft build(Context ctx, Sentence s, int from, int to, TriggerLexicon.Trigger trigger,
                             int regionFrom, int regionTo) {
        Document doc = ctx.a.doc();
        EventDraft d = new EventDraft(trigger.type(), trigger.verbal(), s, from, to);
        int[] window = window(doc, s, from, to, trigger.type(), regionFrom, regionTo);
        int orgFrom = Math.min(window[0], regionFrom);
        int orgTo = Math.max(window[1], regionTo);
        for (Mention m : ctx.a.mentions().within(orgFrom, orgTo)) {
            boolean inWindow = m.from() >= window[0] && m.from() < window[1];
            switch (m.type()) {
                case PERSON -> {
                    if (inWindow) {
                        d.participants.putIfAbsent(m.key(), ctx.titleOf.get(m.key()));
                        d.named.add(m.key());
                    }
                }
                case ORGANIZATION -> {
                    if (!kb.extras(m.key()).media()) {
                        d.organizations.add(m.key());
                    }
                }
                case EVENT_NAME -> {
                    if (inWindow) {
                        d.mentionsNamedEvent = true;
                        d.namedEvents.add(m.key());
                    }
                }
                default -> {
                }
            }
        }
        for (TitleOccurrence t : ctx.a.titles()) {
            if (t.from >= window[0] && t.from < window[1] && t.isPosition() && t.personKey == null) {
                String holder = ctx.holder(t);
                if (holder != null) {
                    d.participants.putIfAbsent(holder, t.text);
                }
            }
        }
        if (d.type == EventType.MEETING && !d.participants.isEmpty() && ctx.mainPerson != null
                && !d.participants.containsKey(ctx.mainPerson) && refersToSubject(doc, s, from, to)) {
            d.participants.put(ctx.mainPerson, ctx.titleOf.get(ctx.mainPerson));
        }
        for (String p : d.participants.keySet()) {
            d.organizations.addAll(ctx.organizationsOf(p));
        }
        d.bothSides = d.participants.isEmpty() && (d.type == EventType.MEETING || d.type == EventType.AGREEMENT
                || d.type == EventType.STATEMENT) && saysBothSides(doc, window[0], window[1]);
        if (d.type == EventType.AGREEMENT && d.participants.size() + d.organizations.size() < 2) {
            // "Morocco and Spain signed an agreement": the countries are the parties.
            for (Mention m : ctx.a.mentions().within(window[0], window[1])) {
                if (m.type() == EntityType.LOCATION && "country".equals(kb.extras(m.key()).category())) {
                    d.participants.putIfAbsent(m.key(), null);
                }
            }
        }
        d.location = location(ctx, regionFrom, regionTo, from, to);
        if (d.location != null && d.participants.containsKey(d.location)) {
            d.location = null; // a country that is a party is not where it happened
        }
        d.date = date(ctx, regionFrom, regionTo, from);
        d.status = statusDetector.status(doc, s, from, to, d.date, ctx.a.published());
        return d;
    }

    /** Where participants of this trigger are looked for: the sentence for meetings and the like, else nearby. */
    private static int[] window(Document doc, Sentence s, int from, int to, EventType type, int regionFrom,
                                int regionTo) {
        switch (type) {
            case MEETING, VISIT, AGREEMENT, CONFERENCE -> {
                return new int[] {s.tokenFrom(), s.tokenTo()};
            }
            case DEPLOYMENT, TRAINING, AWARD -> {
                return new int[] {regionFrom, regionTo};
            }
            case STATEMENT -> {
                // Who speaks stands right before or after the verb ("دارمانان أعرب", "أشادت المديرة العامة…").
                return new int[] {Math.max(regionFrom, from - 4), Math.min(regionTo, to + 8)};
            }
            default -> {
            }
        }
        int start = Math.max(regionFrom, from - WINDOW);
        int end = Math.min(regionTo, to + WINDOW);
        for (int k = to; k < end; k++) {
            if (CLAUSE_BREAKS.contains(doc.word(k))) {
                end = k;
                break;
            }
        }
        return new int[] {start, end};
    }

    /** Whether the sentence points back at its subject: "لقائه بنظيره", "jointly with his counterpart". */
    private boolean refersToSubject(Document doc, Sentence s, int from, int to) {
        String trigger = doc.word(to - 1);
        if (doc.token(to - 1).arabic() && (trigger.endsWith("ه") || trigger.endsWith("ها")) && !trigger.endsWith("يه")
                && !trigger.endsWith("اه")) {
            return true;
        }
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (counterpartWords.longestAt(doc, i, i + 1) != null) {
                return true;
            }
            for (String r : doc.readings(i)) {
                if (SUBJECT_POINTERS.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String location(Context ctx, int regionFrom, int regionTo, int from, int to) {
        Document doc = ctx.a.doc();
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Mention m : ctx.a.mentions().within(regionFrom, regionTo)) {
            if (m.type() != EntityType.LOCATION || ctx.insideTitle(m)) {
                continue;
            }
            int distance = m.from() >= to ? m.from() - to : from - m.to();
            int score = -Math.min(20, Math.max(0, distance));
            String word = doc.word(m.from());
            String before = m.from() > regionFrom ? doc.word(m.from() - 1) : "";
            if (STRONG_PLACE_PREPOSITIONS.contains(before) || withPrefix(word, 'ب')) {
                score += 12;
            } else if (withPrefix(word, 'ل') && m.from() > 0 && (DESTINATION_MARKERS.contains(doc.word(m.from() - 1))
                    || triggers.longestAt(doc, m.from() - 1, m.from()) != null)) {
                // "زيارة عمل للمملكة المغربية": ل after the visit names its destination (elsewhere it is "of").
                score += 8;
            }
            if (m.to() < doc.size() && doc.word(m.to()).equals("s") && doc.gap(m.to() - 1, m.to()).equals("'")) {
                score -= 30; // "Morocco's DGSN": a possessive qualifies an organization
            }
            if ("city".equals(kb.extras(m.key()).category())) {
                score += 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = m.key();
            }
        }
        return best;
    }

    /** Whether a place name carries the preposition {@code p} ("بالرباط", "وبباريس") rather than starting with it. */
    private boolean withPrefix(String word, char p) {
        String w = word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
        if (w.length() < 3 || w.charAt(0) != p) {
            return false;
        }
        String rest = w.charAt(1) == 'ل' && p == 'ل' ? w.substring(2) : w.substring(1);
        return placeFirstWords.contains(ArabicClitics.aliasCore(rest))
                && !placeFirstWords.contains(ArabicClitics.aliasCore(word));
    }

    private DateHit date(Context ctx, int regionFrom, int regionTo, int from) {
        // A year inside a named event ("أولمبياد باريس 2024") dates the named event, not this one; a full date there
        // ("اعتداءات 13 نونبر 2015") still counts.
        List<DateHit> hits = new ArrayList<>(DateResolver.find(ctx.a.doc(), regionFrom, regionTo, i -> {
            Mention m = ctx.a.mentions().covering(i);
            return m != null && m.type() != EntityType.EVENT_NAME;
        }, ctx.a.published()));
        hits.removeIf(h -> h.precision() == DatePrecision.YEAR && ctx.a.mentions().covering(h.from()) != null);
        DateHit best = null;
        for (DateHit h : hits) {
            if (best == null || Math.abs(h.from() - from) < Math.abs(best.from() - from)) {
                best = h;
            }
        }
        return best;
    }

    /**
     * Topics from the event's sentence and the sentences right after it that tell no event of their own: they
     * usually list the subjects discussed ("…the two sides discussed drug trafficking, terrorism…").
     */
    private void tagTopics(Context ctx, EventDraft d, Set<Integer> eventSentences) {
        Document doc = ctx.a.doc();
        Sentence s = d.sentence;
        int end = s.tokenTo();
        List<Sentence> all = doc.sentences();
        for (int k = s.index() + 1; k < all.size() && k <= s.index() + 2; k++) {
            Sentence next = all.get(k);
            if (!next.prose() || next.line() > s.line() + 1 || eventSentences.contains(k)) {
                break;
            }
            end = next.tokenTo();
        }
        d.topics.addAll(topicTagger.tag(doc, s.tokenFrom(), end));
        if (d.type == EventType.TRAINING) {
            d.topics.add(Topic.TRAINING);
        }
        for (String named : d.namedEvents) {
            String category = kb.extras(named).category();
            if ("major-event".equals(category)) {
                d.topics.add(Topic.MAJOR_EVENT_SECURITY);
            } else if ("attack".equals(category)) {
                d.topics.add(Topic.TERRORISM);
            }
        }
        if (d.topics.isEmpty() && !d.organizations.isEmpty()) {
            d.topics.add(Topic.SECURITY_COOPERATION);
        }
    }

    /** Merges an event told again later (same type, one's people within the other's) into its fullest telling. */
    private List<EventDraft> mergeRestatements(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft target = null;
            for (EventDraft e : out) {
                if (sameEvent(e, d)) {
                    target = e;
                    break;
                }
            }
            if (target == null) {
                out.add(d);
            } else if (d.participants.size() > target.participants.size()) {
                d.absorb(target);
                out.set(out.indexOf(target), d);
            } else {
                target.absorb(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(e -> e.triggerFrom));
        return out;
    }

    private boolean sameEvent(EventDraft a, EventDraft b) {
        if (a.type != b.type || conflictingDates(a.date, b.date)) {
            return false;
        }
        if (a.location != null && b.location != null && !samePlace(a.location, b.location)) {
            return false;
        }
        if (a.participants.isEmpty() || b.participants.isEmpty()) {
            boolean near = Math.abs(a.sentence.index() - b.sentence.index()) <= 2 * LOOKBACK_SENTENCES;
            return a.participants.isEmpty() && b.participants.isEmpty() && near;
        }
        return a.participants.keySet().containsAll(b.participants.keySet())
                || b.participants.keySet().containsAll(a.participants.keySet());
    }

    /** The same place, or a city and its country. */
    private boolean samePlace(String a, String b) {
        return a.equals(b) || a.equals(kb.extras(b).country()) || b.equals(kb.extras(a).country());
    }

    private static boolean conflictingDates(DateHit a, DateHit b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.iso();
        String y = b.iso();
        return !(x.startsWith(y.substring(0, Math.min(7, y.length())))
                || y.startsWith(x.substring(0, Math.min(7, x.length()))));
    }

    /**
     * An event without its own date or place, told right after a dated one with the same people, usually
     * continues it ("…from 26 to 28 June. He also held talks with…").
     */
    private static void inheritContext(List<EventDraft> events) {
        for (int k = 1; k < events.size(); k++) {
            EventDraft d = events.get(k);
            if (d.date != null && d.location != null || d.participants.isEmpty()) {
                continue;
            }
            boolean dateSettled = d.date != null;
            for (int j = k - 1; j >= 0; j--) {
                EventDraft prev = events.get(j);
                if (d.sentence.index() - prev.sentence.index() > LOOKBACK_SENTENCES) {
                    break;
                }
                boolean related = (prev.type == EventType.MEETING || prev.type == EventType.VISIT)
                        && (d.type == EventType.MEETING || d.type == EventType.VISIT);
                boolean shared = prev.participants.keySet().stream().anyMatch(d.participants::containsKey);
                if (!related || !shared) {
                    continue;
                }
                // Meetings told after a visit took place during it; after another meeting, only the time carries.
                boolean adjacent = d.sentence.line() - prev.sentence.line() <= 1;
                if (!dateSettled && (prev.type == EventType.VISIT || adjacent)) {
                    if (prev.date != null) {
                        d.date = prev.date.coarse();
                        d.dateInherited = true;
                    }
                    dateSettled = true;
                }
                if (prev.type == EventType.VISIT) {
                    if (d.location == null) {
                        d.location = prev.location;
                    }
                    break;
                }
            }
        }
    }

    private static boolean saysBothSides(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String r : doc.readings(i)) {
                if (BOTH_SIDES.contains(r) || BOTH_SIDES.contains("ال" + r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "كما وقع الجانبان على اتفاقية", "the two sides agreed…": an event whose only parties are "the two sides" takes
     * the people and organizations of the event told in the sentences just before.
     */
    private void takeBothSides(Context ctx, List<EventDraft> events) {
        List<EventDraft> orphans = new ArrayList<>();
        for (EventDraft d : ctx.bothSides) {
            EventDraft source = null;
            for (EventDraft e : events) {
                int gap = d.sentence.index() - e.sentence.index();
                if (gap >= 1 && gap <= LOOKBACK_SENTENCES && !e.participants.isEmpty()) {
                    source = e;
                }
            }
            if (source != null) {
                source.participants.forEach(d.participants::putIfAbsent);
                d.organizations.addAll(source.organizations);
                if (d.location == null) {
                    d.location = source.location;
                }
                if (d.date == null && source.date != null) {
                    d.date = source.date;
                    d.dateInherited = true;
                }
                orphans.add(d);
            }
        }
        for (EventDraft d : orphans) {
            if (complete(d) && !events.contains(d) && events.stream().noneMatch(e -> e != d && sameEvent(e, d))) {
                events.add(d);
            }
        }
        events.sort(java.util.Comparator.comparingInt(e -> e.triggerFrom));
    }

    /** Whether the event has the arguments its type needs to be worth reporting. */
    private static boolean complete(EventDraft d) {
        boolean anyone = !d.participants.isEmpty();
        boolean anything = anyone || !d.organizations.isEmpty() || d.location != null || d.mentionsNamedEvent;
        return switch (d.type) {
            case MEETING, VISIT, AWARD -> anyone;
            case STATEMENT -> anyone && d.verbal && !d.named.isEmpty() || anyone && d.verbal;
            case AGREEMENT -> d.participants.size() + d.organizations.size() >= 2;
            default -> anything;
        };
    }

    /** Per-document lookups shared by the events of one document. */
    private final class Context {
        final Analysis a;
        /** The title each person holds in this text. */
        final Map<String, String> titleOf = new HashMap<>();
        /** Organizations each person acts for in this text. */
        final Map<String, Set<String>> actsFor = new HashMap<>();
        final Set<String> mentionedKeys = new java.util.HashSet<>();
        /** Events whose only parties are "the two sides", waiting for the event they refer to. */
        final List<EventDraft> bothSides = new ArrayList<>();
        final String mainPerson;

        Context(Analysis a) {
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

        boolean insideTitle(Mention m) {
            for (TitleOccurrence t : a.titles()) {
                if (t.country != null && m.from() >= t.headTo && m.to() <= t.to && t.kind != TitleLexicon.Kind.COUNTERPART) {
                    return true;
                }
            }
            return false;
        }

        private String mainPerson(Analysis a) {
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
}
