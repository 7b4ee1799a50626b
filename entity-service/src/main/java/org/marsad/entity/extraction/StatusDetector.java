package org.marsad.entity.extraction;

import java.util.List;

/** Decides whether an event happened, is announced for later, or was called off, from cues around its trigger. */
final class StatusDetector {

    private static final int BEFORE = 20;
    private static final int AFTER = 8;

    /** Cues before the trigger that announce a future event. */
    private final AliasTrie<String> plannedBefore = trie(Lexicons.STATUS_PLANNED_BEFORE.entries());
    /** Cues right after the trigger ("الزيارة المرتقبة", "la visite prévue"). */
    private final AliasTrie<String> plannedAfter = trie(Lexicons.STATUS_PLANNED_AFTER.entries());
    private final AliasTrie<String> cancelled = trie(Lexicons.STATUS_CANCELLED.entries());

    EventStatus status(Document doc, Sentence s, int triggerFrom, int triggerTo, DateHit date, java.time.LocalDate published) {
        if (any(cancelled, doc, Math.max(s.tokenFrom(), triggerFrom - 6), Math.min(s.tokenTo(), triggerTo + 6))) {
            return EventStatus.CANCELLED;
        }
        String trigger = doc.word(triggerFrom);
        boolean futureVerb = doc.token(triggerFrom).arabic() && (trigger.startsWith("سي") || trigger.startsWith("ست"))
                && trigger.length() > 4;
        if (futureVerb || any(plannedBefore, doc, Math.max(s.tokenFrom(), triggerFrom - BEFORE), triggerFrom)
                || any(plannedAfter, doc, triggerTo, Math.min(s.tokenTo(), triggerTo + AFTER))) {
            return EventStatus.PLANNED;
        }
        if (date != null && (date.future() || published != null && after(date, published))) {
            return EventStatus.PLANNED;
        }
        return EventStatus.HAPPENED;
    }

    /** Whether the date lies after the publication date at its own precision. */
    private static boolean after(DateHit date, java.time.LocalDate published) {
        return switch (date.precision()) {
            case YEAR -> date.day().getYear() > published.getYear();
            case MONTH -> java.time.YearMonth.from(date.day()).isAfter(java.time.YearMonth.from(published));
            default -> date.day().isAfter(published);
        };
    }

    private static boolean any(AliasTrie<String> trie, Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (trie.longestAt(doc, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static AliasTrie<String> trie(List<String> phrases) {
        AliasTrie<String> t = new AliasTrie<>();
        for (String p : phrases) {
            t.add(Tokenizer.words(p), p);
        }
        return t;
    }
}
