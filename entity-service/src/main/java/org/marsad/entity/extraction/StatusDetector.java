package org.marsad.entity.extraction;

import java.util.List;

/** Decides whether an event happened, is announced for later, or was called off, from cues around its trigger. */
final class StatusDetector {

    /** Cues before the trigger that announce a future event. */
    private static final List<String> PLANNED_BEFORE = List.of("من المنتظر", "ينتظر", "يرتقب", "من المرتقب",
            "من المقرر", "يعتزم", "تعتزم", "سيقوم", "ستقوم", "سيجري", "ستجري", "سيعقد", "ستعقد", "استعداد", "استعدادا", "استعدادها", "استعداده", "استعدادات",
            "تستعد", "يستعد", "تحضيرا", "va", "vont", "devrait", "devraient", "doit", "prevoit", "will", "plans",
            "expected", "is set to", "scheduled", "upcoming", "to hold", "sera", "seront", "aura lieu", "auront lieu",
            "من المزمع", "سوف");
    /** Cues right after the trigger ("الزيارة المرتقبة", "la visite prévue"). */
    private static final List<String> PLANNED_AFTER = List.of("المرتقبة", "المرتقب", "المزمع", "المزمعة", "المقبلة",
            "المقبل", "القادمة", "القادم", "المقررة", "المقرر", "prevue", "prevu", "prochaine", "prochain",
            "planned", "upcoming", "next", "prevue", "prevues", "sera organisee", "sera organise");
    private static final List<String> CANCELLED = List.of("ألغى", "ألغت", "إلغاء", "ألغيت", "تأجيل", "أجلت", "أرجأ",
            "annule", "annulee", "reporte", "reportee", "cancelled", "canceled", "postponed", "called off");

    private static final int BEFORE = 20;
    private static final int AFTER = 8;

    private final AliasTrie<String> plannedBefore = trie(PLANNED_BEFORE);
    private final AliasTrie<String> plannedAfter = trie(PLANNED_AFTER);
    private final AliasTrie<String> cancelled = trie(CANCELLED);

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
