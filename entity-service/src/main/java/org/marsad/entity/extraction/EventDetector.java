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
    private static final Set<String> DEMONSTRATIVES = Lexicons.EVENT_DEMONSTRATIVES.words();
    private static final Set<String> CLAUSE_BREAKS = Lexicons.EVENT_CLAUSE_BREAKS.words();
    /** "The two sides": the people of the event told just before. */
    private static final Set<String> BOTH_SIDES = Lexicons.EVENT_BOTH_SIDES.words();
    /** Nouns that say "both sides" after "two" ("the two agencies", "les deux services"). */
    private static final Set<String> PAIRED = Lexicons.EVENT_PAIRED_NOUNS.words();
    private static final Set<String> TWO = Lexicons.EVENT_TWO.words();
    private static final Set<String> LATIN_ARTICLES = Lexicons.EVENT_LATIN_ARTICLES.words();
    /** Words that make an organization a party by its envoys: "وفد من …", "a delegation from …". */
    private static final Set<String> DELEGATION = Lexicons.EVENT_DELEGATION.words();
    /** Nouns that name a field of work: a trigger word after them is a subject, not an event ("في مجال التكوين"). */
    private static final Set<String> FIELD_NOUNS = Lexicons.EVENT_FIELD_NOUNS.words();
    /** Words that point at the sentence's implicit subject: "the official", "which brought him together with". */
    private static final Set<String> SUBJECT_POINTERS = Lexicons.EVENT_SUBJECT_POINTERS.words();
    /** Words between a visit and its visitor: "زيارة العمل الرسمية التي يقوم بها X". */
    private static final Set<String> VISIT_LINKS = Lexicons.EVENT_VISIT_LINKS.words();
    /** Of those, the ones that say who does it: "يقوم بها X", "by X". */
    private static final Set<String> DONE_BY = Lexicons.EVENT_VISIT_DONE_BY.words();
    /** "On the sidelines of": the occasion the article opens with. */
    private static final Set<String> SIDELINES = Lexicons.EVENT_SIDELINES.words();
    /** Words that cite an existing agreement as the basis of what is told ("تفعيلاً لـ", "pursuant to"). */
    private static final Set<String> BACKGROUND_MARKERS = Lexicons.EVENT_BACKGROUND_MARKERS.words();
    /** Words of welcome that state a reception when a person is their object ("welcomed General X"). */
    private static final Set<String> WELCOMING = Lexicons.EVENT_WELCOMING.words();
    /** "to", "à": the place a guest is welcomed to follows them. */
    private static final Set<String> WELCOMED_TO = Lexicons.EVENT_WELCOMED_TO.words();
    private static final int WINDOW = 12;

    private final KnowledgeBase kb;
    private final AliasTrie<TriggerLexicon.Trigger> triggers = TriggerLexicon.build();
    private final AliasTrie<TitleLexicon.Kind> counterpartWords = new AliasTrie<>();
    private final AliasTrie<Boolean> agreementDocuments = new AliasTrie<>();
    private final StatusDetector statusDetector = new StatusDetector();
    private final TopicTagger topicTagger = new TopicTagger();
    private final PlaceChooser places;
    private final EventMerger merger;

    EventDetector(KnowledgeBase kb) {
        this.kb = kb;
        this.places = new PlaceChooser(kb, triggers);
        this.merger = new EventMerger(places);
        for (String w : Lexicons.EVENT_AGREEMENT_DOCUMENTS.entries()) {
            agreementDocuments.add(Tokenizer.words(w), Boolean.TRUE);
        }
        for (String w : TitleLexicon.counterparts()) {
            counterpartWords.add(Tokenizer.words(w), TitleLexicon.Kind.COUNTERPART);
        }
    }

    List<EventDraft> detect(Analysis a) {
        EventContext ctx = new EventContext(kb, a);
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : a.doc().sentences()) {
            if (s.prose()) {
                drafts.addAll(inSentence(ctx, s));
            }
        }
        Set<Integer> eventSentences = new java.util.HashSet<>();
        for (EventDraft d : drafts) {
            eventSentences.add(d.sentence.index());
        }
        for (EventDraft d : drafts) {
            tagTopics(ctx, d, eventSentences);
        }
        merger.joinReferences(drafts);
        for (EventDraft d : drafts) {
            if (d.bothSides) {
                ctx.bothSides.add(d);
            }
        }
        merger.passSettingForward(drafts);
        drafts.removeIf(d -> !d.isComplete());
        List<EventDraft> merged = merger.mergeRestatements(drafts);
        merger.takeBothSides(ctx, merged);
        merger.inheritContext(merged);
        takeTheLeadsSetting(ctx, merged);
        return merged;
    }

    private List<EventDraft> inSentence(EventContext ctx, Sentence s) {
        Document doc = ctx.a.doc();
        Map<EventType, EventDraft> byType = new java.util.LinkedHashMap<>();
        List<AliasTrie.Hit<TriggerLexicon.Trigger>> hits = new ArrayList<>();
        List<AliasTrie.Hit<TriggerLexicon.Trigger>> pointers = new ArrayList<>();
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
            if (hit.from() > s.tokenFrom() && isDemonstrative(doc, hit.from() - 1)) {
                pointers.add(hit);
                continue;
            }
            if (namesAField(doc, s, hit, hits) || citesAnExistingOne(doc, s, hit)) {
                continue;
            }
            hits.add(hit);
        }
        // Triggers that state no event here (no one taking part, nothing involved) must not cut the sentence
        // into regions: build, drop those, and build again over the remaining ones.
        List<EventDraft> built = buildAll(ctx, s, hits);
        List<AliasTrie.Hit<TriggerLexicon.Trigger>> kept = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            if (built.get(k).isComplete() || built.get(k).bothSides) {
                kept.add(hits.get(k));
            }
        }
        if (kept.size() < hits.size()) {
            built = buildAll(ctx, s, kept);
        }
        boolean duringVisit = false;
        for (AliasTrie.Hit<TriggerLexicon.Trigger> p : pointers) {
            EventDraft d = build(ctx, s, p.from(), p.to(), p.values().get(0), s.tokenFrom(), s.tokenTo());
            d.refersBack = true;
            d.demonstrative = true;
            duringVisit |= d.type == EventType.VISIT;
            built.add(d);
        }
        for (EventDraft d : built) {
            d.withinVisit = duringVisit && d.type != EventType.VISIT;
            EventDraft same = byType.get(d.type);
            if (same == null) {
                byType.put(d.type, d);
            } else {
                same.absorb(d);
            }
        }
        // "X on Wednesday praised …, during a meeting with Y": a date said once holds for the whole sentence, but
        // the date of a planned event ("… المقرر عقده نهاية مارس") is not that of what happened.
        for (EventDraft d : byType.values()) {
            if (d.date == null) {
                for (EventDraft other : byType.values()) {
                    if (other.date != null && !other.dateInherited && other.status == d.status) {
                        d.date = other.date;
                        break;
                    }
                }
            }
        }
        // "التقى X نظيره Y على هامش اجتماعات الدورة … في الجزائر": what is told on the sidelines of an assembly
        // happens where the assembly is, and the people who meet there take part in it.
        EventDraft assembly = byType.get(EventType.CONFERENCE);
        if (assembly != null && onTheSidelinesOf(doc, assembly)) {
            for (EventDraft d : byType.values()) {
                if (d != assembly && d.triggerFrom < assembly.triggerFrom) {
                    d.location = assembly.location != null ? assembly.location : d.location;
                    d.participants.forEach(assembly.participants::putIfAbsent);
                }
            }
        }
        EventDraft meeting = byType.get(EventType.MEETING);
        EventDraft visit = byType.get(EventType.VISIT);
        EventDraft statement = byType.get(EventType.STATEMENT);
        EventDraft encounter = meeting != null ? meeting : visit;
        // Thanks or praise voiced at a meeting told in the same sentence belong to that meeting.
        if (statement != null && encounter != null
                && encounter.participants.keySet().containsAll(statement.participants.keySet())) {
            encounter.topics.addAll(statement.topics);
            byType.remove(EventType.STATEMENT);
        }
        // A visit during which named people meet is reported as their meeting; when the text says who is visiting
        // ("X, on a visit to Morocco, held talks with Y", "received Y, who is visiting Cairo"), it is also X's visit.
        String visitor = visit == null ? null : visitor(ctx, s, visit, meeting);
        if (visitor != null) {
            String title = visit.participants.getOrDefault(visitor, ctx.titleOf.get(visitor));
            visit.participants.clear();
            visit.participants.put(visitor, title);
            visit.named.retainAll(Set.of(visitor));
        }
        if (meeting != null && visit == null) {
            EventDraft welcomedVisit = visitOfTheWelcomed(ctx, s, meeting);
            if (welcomedVisit != null) {
                byType.put(EventType.VISIT, welcomedVisit);
            }
        }
        if (meeting != null && visitor != null) {
            meeting.participants.putIfAbsent(visitor, ctx.titleOf.get(visitor));
            visit.location = places.moreSpecific(meeting.location, visit.location);
            meeting.location = visit.location; // received during the visit, where the visit is
        } else if (meeting != null && visit != null && meeting.participants.size() >= 2) {
            String place = places.moreSpecific(meeting.location, visit.location);
            meeting.absorb(visit);
            meeting.location = place;
            byType.remove(EventType.VISIT);
        }
        return new ArrayList<>(byType.values());
    }

    /**
     * Who the visit is by, when the words around its trigger say it: the person after "زيارة العمل التي يقوم بها",
     * the person before "الذي يزور" / "who is visiting", or the sentence's subject for "في زيارة قام بها".
     */
    private static String visitor(EventContext ctx, Sentence s, EventDraft visit, EventDraft meeting) {
        Document doc = ctx.a.doc();
        MentionIndex mentions = ctx.a.mentions();
        int k = visit.triggerTo;
        boolean doneBy = false;
        while (k < s.tokenTo() && k < visit.triggerTo + 5 && mentions.at(k) == null && doc.readsAny(k, VISIT_LINKS)) {
            doneBy |= doc.readsAny(k, DONE_BY);
            k++;
        }
        k = afterCourtesyWords(ctx, k); // "زيارة قام بها معالي الشيخ X"
        Mention after = k < s.tokenTo() ? mentions.at(k) : null;
        if (doneBy && after != null && after.type() == EntityType.PERSON) {
            return after.key();
        }
        if (doneBy) {
            String holder = holderAt(ctx, k);
            if (holder != null) {
                return holder;
            }
        }
        int b = visit.triggerFrom - 1;
        if (b > s.tokenFrom() && doc.readsAny(b, CLAUSE_BREAKS)) {
            Mention before = mentions.endingAt(b);
            if (before != null && before.type() == EntityType.PERSON) {
                return before.key();
            }
            String holder = holderBefore(ctx, s, b);
            if (holder != null) {
                return holder;
            }
        }
        // Only where the visit is told before the meeting, as an aside on the subject; "met Y, during a visit she
        // is making to Morocco" is Y's, and the text does not say which of them "she" is.
        boolean aside = meeting == null || visit.triggerFrom < meeting.triggerFrom;
        if (doneBy && aside && (after == null || after.type() != EntityType.PERSON)) {
            for (Mention m : mentions.within(s.tokenFrom(), visit.triggerFrom)) {
                if (m.type() == EntityType.PERSON) {
                    return m.key(); // "X، في زيارة قام بها للمغرب": the subject named first
                }
            }
        }
        return null;
    }

    /** The token after the courtesy words ("معالي", "سمو الشيخ") that start at {@code k}. */
    private static int afterCourtesyWords(EventContext ctx, int k) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (TitleOccurrence t : ctx.a.titles()) {
                if (t.from == k && t.kind == TitleLexicon.Kind.HONORIFIC) {
                    k = t.to;
                    moved = true;
                }
            }
        }
        return k;
    }

    private static String holderAt(EventContext ctx, int k) {
        for (TitleOccurrence t : ctx.a.titles()) {
            if (t.from == k && t.isPosition()) {
                return t.personKey != null ? t.personKey : ctx.holder(t);
            }
        }
        return null;
    }

    private static String holderBefore(EventContext ctx, Sentence s, int b) {
        for (TitleOccurrence t : ctx.a.titles()) {
            if (t.to == b && t.from >= s.tokenFrom() && t.isPosition()) {
                return t.personKey != null ? t.personKey : ctx.holder(t);
            }
        }
        return null;
    }

    private List<EventDraft> buildAll(EventContext ctx, Sentence s, List<AliasTrie.Hit<TriggerLexicon.Trigger>> hits) {
        List<EventDraft> out = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            AliasTrie.Hit<TriggerLexicon.Trigger> hit = hits.get(k);
            EventType type = hit.values().get(0).type();
            // Each trigger owns the stretch up to its neighbours of another type ("training workshop" is one
            // trigger run): the place and date said there are its own.
            int first = k;
            while (first > 0 && hits.get(first - 1).values().get(0).type() == type) {
                first--;
            }
            int last = k;
            while (last + 1 < hits.size() && hits.get(last + 1).values().get(0).type() == type) {
                last++;
            }
            int regionFrom = first == 0 ? s.tokenFrom() : hits.get(first - 1).to();
            int regionTo = last == hits.size() - 1 ? s.tokenTo() : hits.get(last + 1).from();
            out.add(build(ctx, s, hit.from(), hit.to(), hit.values().get(0), regionFrom, regionTo));
        }
        return out;
    }


    private EventDraft build(EventContext ctx, Sentence s, int from, int to, TriggerLexicon.Trigger trigger,
                             int regionFrom, int regionTo) {
        Document doc = ctx.a.doc();
        if (trigger.type() == EventType.STATEMENT && welcomesSomeone(ctx, from, to, s.tokenTo())) {
            trigger = new TriggerLexicon.Trigger(EventType.MEETING, true); // "X welcomed Y": a reception
        }
        EventDraft d = new EventDraft(trigger.type(), trigger.verbal(), s, from, to);
        d.refersBack = !trigger.verbal() && definite(doc, from) || signsTheDocumentTold(doc, s, trigger, to);
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
        d.bothSides = d.participants.isEmpty() && d.type != EventType.AWARD && saysBothSides(doc, window[0], window[1]);
        d.delegation = saysDelegation(doc, window[0], window[1]);
        if (d.type == EventType.AGREEMENT && d.participants.size() + d.organizations.size() < 2) {
            // "Morocco and Spain signed an agreement": the countries are the parties.
            for (Mention m : ctx.a.mentions().within(window[0], window[1])) {
                if (m.type() == EntityType.LOCATION && "country".equals(kb.extras(m.key()).category())) {
                    d.participants.putIfAbsent(m.key(), null);
                }
            }
        }
        d.location = places.choose(ctx, regionFrom, regionTo, from, to,
                trigger.type() == EventType.STATEMENT || trigger.type() == EventType.AWARD,
                trigger.type() == EventType.DEPLOYMENT || trigger.type() == EventType.OPERATION);
        if (d.location != null && d.participants.containsKey(d.location)) {
            d.location = null; // a country that is a party is not where it happened
        }
        if (d.location == null) {
            d.location = ctx.datelinePlaceFor(s);
        }
        d.date = date(ctx, regionFrom, regionTo, from);
        if (d.date != null && !trigger.verbal() && DateResolver.saysNow(ctx.a.doc(), d.date.from())) {
            // "الذي يزور القاهرة حالياً للإعداد للاجتماع الوزاري": "currently" tells when the visit goes on, not
            // when the gathering named after it is held.
            d.date = date(ctx, regionFrom, regionTo, from, h -> !DateResolver.saysNow(ctx.a.doc(), h.from()));
        }
        // A telling with its own time is not a pointer back ("سلسلة من اللقاءات … من 26 إلى 28 يونيو").
        d.refersBack &= d.date == null;
        d.status = statusDetector.status(doc, s, from, to, d.date, ctx.a.published());
        return d;
    }

    /** "welcomed Lieutenant General X", "a accueilli M. Y": a word of welcome whose object is a person. */
    private static boolean welcomesSomeone(EventContext ctx, int from, int to, int limit) {
        return welcomed(ctx, from, to, limit) != null;
    }

    /** The person a word of welcome has for its object ("welcomed General X"), or null. */
    private static Mention welcomed(EventContext ctx, int from, int to, int limit) {
        Document doc = ctx.a.doc();
        boolean welcome = false;
        for (int k = from; k < to; k++) {
            welcome |= doc.readsAny(k, WELCOMING);
        }
        if (!welcome) {
            return null;
        }
        for (int k = to; k < Math.min(limit, to + 6); k++) {
            Mention m = ctx.a.mentions().at(k);
            if (m != null) {
                return m.type() == EntityType.PERSON ? m : null;
            }
            if (k > to && (doc.gap(k - 1, k).contains(",") || doc.gap(k - 1, k).contains("،"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "welcomed General X and his delegation to the Ministry of Interior in Rome": the guest welcomed to a place is
     * visiting it. Returns that visit, or null.
     */
    private EventDraft visitOfTheWelcomed(EventContext ctx, Sentence s, EventDraft meeting) {
        Document doc = ctx.a.doc();
        Mention guest = welcomed(ctx, meeting.triggerFrom, meeting.triggerTo, s.tokenTo());
        if (guest == null || meeting.location == null) {
            return null;
        }
        for (int k = guest.to(); k < s.tokenTo(); k++) {
            if (!doc.token(k).arabic() && doc.readsAny(k, WELCOMED_TO)) {
                EventDraft visit = new EventDraft(EventType.VISIT, true, s, meeting.triggerFrom, meeting.triggerTo);
                visit.participants.put(guest.key(), ctx.titleOf.get(guest.key()));
                visit.named.add(guest.key());
                // The guest's own institution, named in the apposition between the guest and the place.
                for (Mention m : ctx.a.mentions().within(guest.to(), k)) {
                    if (m.type() == EntityType.ORGANIZATION) {
                        visit.organizations.add(m.key());
                    }
                }
                visit.location = meeting.location;
                visit.date = meeting.date;
                visit.status = meeting.status;
                return visit;
            }
        }
        return null;
    }

    private static boolean saysDelegation(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (doc.readsAny(i, DELEGATION)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a demonstrative, clitics aside ("بهذا التوقيف", "cette visite"). */
    private static boolean isDemonstrative(Document doc, int i) {
        return doc.readsAny(i, DEMONSTRATIVES);
    }

    /** "ووقع المذكرة X و Y": signing the agreement's document already told, not a new agreement. */
    private boolean signsTheDocumentTold(Document doc, Sentence s, TriggerLexicon.Trigger trigger, int to) {
        return trigger.verbal() && trigger.type() == EventType.AGREEMENT && to < s.tokenTo()
                && agreementDocuments.longestAt(doc, to, s.tokenTo()) != null;
    }

    /** Whether a trigger noun is definite ("وحضر اللقاء", "خلال الزيارة", "les entretiens", "the training"). */

    private static boolean definite(Document doc, int i) {
        if (!doc.token(i).arabic()) {
            return i > 0 && doc.joinsPrevious(i) && LATIN_ARTICLES.contains(doc.word(i - 1));
        }
        String w = doc.word(i);
        return w.startsWith("ال") || w.length() > 3 && "وفبك".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)
                || w.startsWith("لل");
    }

    /**
     * A noun trigger that names a field of work, not an event: listed after another event's trigger ("توقيع مذكرة …
     * وتبادل الخبرات والتدريب") or a field noun ("مركز إقليمي للتكوين", "in the field of training").
     */
    private static boolean namesAField(Document doc, Sentence s, AliasTrie.Hit<TriggerLexicon.Trigger> hit,
                                       List<AliasTrie.Hit<TriggerLexicon.Trigger>> before) {
        String w = doc.word(hit.from());
        // An assembly is a gathering, never a field of work: "… الذي يزور القاهرة للإعداد للاجتماع الوزاري".
        boolean listed = !hit.values().get(0).verbal() && doc.token(hit.from()).arabic()
                && (w.startsWith("وال") || w.startsWith("لل")) && hit.values().get(0).type() != EventType.CONFERENCE;
        if (listed && before.stream().anyMatch(b -> b.values().get(0).type() != hit.values().get(0).type())) {
            return true;
        }
        // After a field noun even a word that can be read as a verb is a noun ("في مجال تعقب الأموال").
        for (int k = hit.from() - 1; k >= Math.max(s.tokenFrom(), hit.from() - 3); k--) {
            if (doc.readsAny(k, FIELD_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "تفعيلاً لمذكرة التفاهم", "in the framework of the agreement", "en application de l'accord": a noun trigger
     * cited as the basis of what is told names an existing agreement or plan, not a new event.
     */
    private static boolean citesAnExistingOne(Document doc, Sentence s, AliasTrie.Hit<TriggerLexicon.Trigger> hit) {
        if (hit.values().get(0).verbal()) {
            return false;
        }
        for (int k = hit.from() - 1; k >= Math.max(s.tokenFrom(), hit.from() - 3); k--) {
            if (doc.readsAny(k, BACKGROUND_MARKERS)) {
                return true;
            }
        }
        return false;
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



    /**
     * "كما التقى سموه على هامش افتتاح المنتدى …": an event told "on the sidelines" of the occasion the article opens
     * with happened when and where its lead says, unless it says otherwise.
     */
    private void takeTheLeadsSetting(EventContext ctx, List<EventDraft> events) {
        Sentence lead = null;
        for (Sentence s : ctx.a.doc().sentences()) {
            if (s.prose()) {
                lead = s;
                break;
            }
        }
        if (lead == null) {
            return;
        }
        DateHit date = null;
        String place = null;
        for (EventDraft d : events) {
            if (d.date != null && d.location != null || !onTheSidelines(ctx.a.doc(), d.sentence)
                    || d.sentence.index() == lead.index()) {
                continue;
            }
            if (date == null && place == null) {
                date = date(ctx, lead.tokenFrom(), lead.tokenTo(), lead.tokenFrom());
                place = places.choose(ctx, lead.tokenFrom(), lead.tokenTo(), lead.tokenFrom(), lead.tokenFrom(), true, false);
            }
            if (d.date == null && date != null) {
                d.date = date;
                d.dateInherited = true;
            }
            if (d.location == null) {
                d.location = place;
            }
        }
    }

    /** Whether a "sidelines" word comes shortly before the trigger of {@code assembly}. */
    private static boolean onTheSidelinesOf(Document doc, EventDraft assembly) {
        for (int i = Math.max(assembly.sentence.tokenFrom(), assembly.triggerFrom - 6); i < assembly.triggerFrom; i++) {
            if (doc.readsAny(i, SIDELINES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onTheSidelines(Document doc, Sentence s) {
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (doc.readsAny(i, SIDELINES)) {
                return true;
            }
        }
        return false;
    }

    private DateHit date(EventContext ctx, int regionFrom, int regionTo, int from) {
        return date(ctx, regionFrom, regionTo, from, h -> true);
    }

    private DateHit date(EventContext ctx, int regionFrom, int regionTo, int from,
                         java.util.function.Predicate<DateHit> allowed) {
        // A year inside a named event ("أولمبياد باريس 2024") dates the named event, not this one; a full date there
        // ("اعتداءات 13 نونبر 2015") still counts.
        List<DateHit> hits = new ArrayList<>(DateResolver.find(ctx.a.doc(), regionFrom, regionTo, i -> {
            Mention m = ctx.a.mentions().covering(i);
            return m != null && m.type() != EntityType.EVENT_NAME;
        }, ctx.a.published()));
        hits.removeIf(h -> h.precision() == DatePrecision.YEAR && ctx.a.mentions().covering(h.from()) != null
                || !allowed.test(h));
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
    private void tagTopics(EventContext ctx, EventDraft d, Set<Integer> eventSentences) {
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






    private static boolean saysBothSides(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String r : doc.readings(i)) {
                if (BOTH_SIDES.contains(r) || BOTH_SIDES.contains("ال" + r)) {
                    return true;
                }
            }
            if (i > from && PAIRED.contains(doc.word(i)) && TWO.contains(doc.word(i - 1))) {
                return true; // "the two agencies", "les deux pays"
            }
        }
        return false;
    }



}
