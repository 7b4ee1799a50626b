package org.marsad.entity.extraction;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An event being assembled from a trigger and its sentence; merged with restatements before it is reported. */
final class EventDraft {

    final EventType type;
    final boolean verbal;
    final Sentence sentence;
    final int triggerFrom;
    final int triggerTo;
    /** Participants by entity key, with the title each holds here (nullable). */
    final Map<String, String> participants = new LinkedHashMap<>();
    /** Participants named in the sentence (not only through a bare title or a pronoun). */
    final Set<String> named = new LinkedHashSet<>();
    final Set<String> organizations = new LinkedHashSet<>();
    final EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
    /** Named happenings mentioned with the event (the Olympics it secures, the attack it follows up). */
    final Set<String> namedEvents = new LinkedHashSet<>();
    boolean mentionsNamedEvent;
    /** Whether the only parties named are "the two sides" (الجانبان، les deux parties). */
    boolean bothSides;
    /**
     * Whether the trigger points back at an event told before: "هذا اللقاء", "cette visite", or a definite noun
     * ("وحضر اللقاء …"). Such a telling joins the event it points to; {@link #demonstrative} ones are dropped when
     * there is none.
     */
    boolean refersBack;
    boolean demonstrative;
    /** Whether an organization's delegation takes part ("وفد من …"): the organization is then a party. */
    boolean delegation;
    /** Told "during this visit": the visit told before gives its place and time. */
    boolean withinVisit;
    String location;
    DateHit date;
    boolean dateInherited;
    EventStatus status = EventStatus.HAPPENED;

    EventDraft(EventType type, boolean verbal, Sentence sentence, int triggerFrom, int triggerTo) {
        this.type = type;
        this.verbal = verbal;
        this.sentence = sentence;
        this.triggerFrom = triggerFrom;
        this.triggerTo = triggerTo;
    }

    /** Takes in what a restatement of the same event adds. */
    void absorb(EventDraft other) {
        other.participants.forEach(participants::putIfAbsent);
        named.addAll(other.named);
        organizations.addAll(other.organizations);
        topics.addAll(other.topics);
        mentionsNamedEvent |= other.mentionsNamedEvent;
        delegation |= other.delegation;
        namedEvents.addAll(other.namedEvents);
        if (location == null) {
            location = other.location;
        }
        if (date == null && other.date != null) {
            date = other.date;
        }
        if (other.status == EventStatus.HAPPENED && status == EventStatus.PLANNED && other.date != null) {
            status = other.status;
        }
    }

    /** Whether the event has the arguments its type needs to be worth reporting. */
    boolean isComplete() {
        boolean anyone = !participants.isEmpty();
        boolean anything = anyone || !organizations.isEmpty() || location != null || mentionsNamedEvent;
        return switch (type) {
            case MEETING, VISIT -> anyone || delegation && !organizations.isEmpty();
            case AWARD -> anyone;
            case STATEMENT -> anyone && verbal && !named.isEmpty() || anyone && verbal;
            case AGREEMENT -> participants.size() + organizations.size() >= 2;
            default -> anything;
        };
    }
}
