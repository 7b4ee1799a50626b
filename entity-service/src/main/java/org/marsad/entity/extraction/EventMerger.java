package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the tellings of one event: restatements in later sentences, meetings that continue a visit (and so take its
 * date and place), and "the two sides" that refer to the parties of the event just told.
 */
final class EventMerger {

    /** How far back (in sentences) an event may be referred to. */
    static final int LOOKBACK_SENTENCES = 3;

    private final PlaceChooser places;

    EventMerger(PlaceChooser places) {
        this.places = places;
    }

    /**
     * A telling that points back ("وحضر اللقاء فلان", "took part in the training") joins the latest event of its
     * type told in the sentences before, bringing its people; a demonstrative one with nothing to point to is dropped.
     */
    void joinReferences(List<EventDraft> drafts) {
        for (int k = 0; k < drafts.size(); k++) {
            EventDraft d = drafts.get(k);
            if (!d.refersBack) {
                continue;
            }
            EventDraft target = null;
            for (int j = k - 1; j >= 0; j--) {
                EventDraft e = drafts.get(j);
                if (d.sentence.index() - e.sentence.index() > LOOKBACK_SENTENCES) {
                    break;
                }
                if (e.type == d.type && e.sentence.index() < d.sentence.index() && !conflictingDates(e.date, d.date)) {
                    target = e;
                    break;
                }
            }
            if (target != null) {
                target.absorb(d);
            }
            if (target != null || d.demonstrative) {
                drafts.remove(k--);
            }
        }
    }

    /**
     * "Officials met in Washington on Tuesday. The delegation, led by X, met Y.": a telling with no one named,
     * followed in the next sentence by the same kind of event with people, gives it its place and time.
     */
    void passSettingForward(List<EventDraft> drafts) {
        for (int k = 0; k + 1 < drafts.size(); k++) {
            EventDraft bare = drafts.get(k);
            if (!bare.participants.isEmpty() || bare.isComplete()) {
                continue;
            }
            for (int j = k + 1; j < drafts.size(); j++) {
                EventDraft next = drafts.get(j);
                if (next.sentence.index() > bare.sentence.index() + 1) {
                    break;
                }
                if (next.type == bare.type && next.sentence.index() == bare.sentence.index() + 1
                        && next.isComplete() && next.date == null && next.location == null) {
                    next.absorb(bare);
                    break;
                }
            }
        }
    }

    /** Merges an event told again later (same type, one's people within the other's) into its fullest telling. */
    List<EventDraft> mergeRestatements(List<EventDraft> drafts) {
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
            } else if (richness(d) > richness(target)) {
                d.absorb(target);
                out.set(out.indexOf(target), d);
            } else {
                target.absorb(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(e -> e.triggerFrom));
        return out;
    }

    /**
     * How much a telling says: the one that says most (people, then date, place and organizations) stays, so
     * that the event's evidence is its fullest telling, not a passing mention ("suite au démantèlement …").
     */
    private static int richness(EventDraft d) {
        // People named in the telling count more than people it only points to ("the two sides").
        // A verb states the event; a noun often only mentions it again ("وصلت عناصر …" before "بعد وصول عناصر …").
        return d.participants.size() * 4 + d.named.size() * 4 + (d.verbal ? 3 : 0) + (d.date != null ? 2 : 0) + (d.location != null ? 2 : 0)
                + Math.min(d.organizations.size(), 3);
    }

    private boolean sameEvent(EventDraft a, EventDraft b) {
        if (a.type != b.type || conflictingDates(a.date, b.date)) {
            return false;
        }
        if (a.location != null && b.location != null && !places.samePlace(a.location, b.location)) {
            return false;
        }
        if (a.participants.isEmpty() || b.participants.isEmpty()) {
            boolean near = Math.abs(a.sentence.index() - b.sentence.index()) <= 2 * LOOKBACK_SENTENCES;
            return a.participants.isEmpty() && b.participants.isEmpty() && near;
        }
        return a.participants.keySet().containsAll(b.participants.keySet())
                || b.participants.keySet().containsAll(a.participants.keySet());
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
    void inheritContext(List<EventDraft> events) {
        for (int k = 1; k < events.size(); k++) {
            EventDraft d = events.get(k);
            if (d.withinVisit && takeVisitSetting(events, k)) {
                continue;
            }
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

    /**
     * "خلال هذه الزيارة", "during the visit": the latest visit told before gives its place and time, however far
     * back: the demonstrative names it.
     */
    private static boolean takeVisitSetting(List<EventDraft> events, int k) {
        EventDraft d = events.get(k);
        for (int j = k - 1; j >= 0; j--) {
            EventDraft visit = events.get(j);
            if (visit.type == EventType.VISIT) {
                if (visit.location != null) {
                    d.location = visit.location;
                }
                if (visit.date != null) {
                    d.date = visit.date;
                    d.dateInherited = true;
                }
                visit.participants.forEach(d.participants::putIfAbsent);
                d.organizations.addAll(visit.organizations);
                return true;
            }
        }
        return false;
    }

    /**
     * "كما وقع الجانبان على اتفاقية", "the two sides agreed…": an event whose only parties are "the two sides" takes
     * the people and organizations of the event told in the sentences just before.
     */
    void takeBothSides(EventContext ctx, List<EventDraft> events) {
        List<EventDraft> orphans = new ArrayList<>();
        for (EventDraft d : ctx.bothSides) {
            EventDraft source = null;
            for (EventDraft e : events) {
                int gap = d.sentence.index() - e.sentence.index();
                if (gap >= 1 && gap <= LOOKBACK_SENTENCES && (!e.participants.isEmpty() || !e.organizations.isEmpty())) {
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
            if (d.isComplete() && !events.contains(d) && events.stream().noneMatch(e -> e != d && sameEvent(e, d))) {
                events.add(d);
            }
        }
        events.sort(java.util.Comparator.comparingInt(e -> e.triggerFrom));
    }
}
