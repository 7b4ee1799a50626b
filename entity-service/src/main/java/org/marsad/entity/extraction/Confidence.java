package org.marsad.entity.extraction;

/** Scores how sure the engine is of an event, from how much of it the text states explicitly. */
final class Confidence {

    private Confidence() {
    }

    static double of(EventDraft d) {
        double score = switch (d.type) {
            case MEETING, VISIT -> 0.6;
            case OPERATION, AGREEMENT -> 0.55;
            default -> 0.5;
        };
        if (d.verbal) {
            score += 0.1;
        }
        score += Math.min(2, d.named.size()) * 0.08;
        if (d.named.isEmpty() && !d.participants.isEmpty()) {
            score -= 0.1;
        }
        if (!d.organizations.isEmpty()) {
            score += 0.04;
        }
        if (d.location != null) {
            score += 0.04;
        }
        if (d.date != null) {
            score += d.dateInherited ? 0.01 : 0.04;
        }
        return Math.round(Math.max(0.05, Math.min(0.98, score)) * 100) / 100.0;
    }
}
