package org.marsad.entity.extraction;

import java.util.List;
import java.util.Set;
import org.marsad.commons.text.ArabicClitics;

/** Chooses where an event took place among the places its sentence names, and compares places. */
final class PlaceChooser {

    private static final Set<String> STRONG_PLACE_PREPOSITIONS = Lexicons.PLACE_STRONG_PREPOSITIONS.words();
    private static final Set<String> DESTINATION_MARKERS = Lexicons.PLACE_DESTINATION_MARKERS.words();

    private final KnowledgeBase kb;
    private final AliasTrie<TriggerLexicon.Trigger> triggers;
    /** First words of place names, to tell "بباريس" (in Paris) from "بروكسل" (Brussels). */
    private final Set<String> placeFirstWords = new java.util.HashSet<>();

    PlaceChooser(KnowledgeBase kb, AliasTrie<TriggerLexicon.Trigger> triggers) {
        this.kb = kb;
        this.triggers = triggers;
        for (KbEntity e : kb.entities()) {
            if (e.type() == EntityType.LOCATION) {
                List<String> forms = new java.util.ArrayList<>(e.aliases());
                if (e.nameAr() != null) {
                    forms.add(e.nameAr());
                }
                for (String alias : forms) {
                    List<String> words = Tokenizer.words(alias);
                    if (!words.isEmpty()) {
                        placeFirstWords.add(ArabicClitics.aliasCore(words.get(0)));
                    }
                }
            }
        }
    }

    /**
     * The place of the event triggered at [from, to): places after "في/إلى/ب", or after the visit that names its
     * destination, win; then the nearest one; cities beat countries; a possessive ("Morocco's DGSN") never counts;
     * regions (the Sahel, Europe) count only where forces act ({@code regionsCount}: deployments, operations).
     */
    String choose(EventContext ctx, int regionFrom, int regionTo, int from, int to, boolean needsPreposition,
                  boolean regionsCount) {
        Document doc = ctx.a.doc();
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Mention m : ctx.a.mentions().within(regionFrom, regionTo)) {
            if (m.type() != EntityType.LOCATION || ctx.insideTitle(m)) {
                continue;
            }
            if (!regionsCount && "region".equals(kb.extras(m.key()).category())) {
                continue; // "challenges in the Sahel": a meeting's topic, not where it was held
            }
            int distance = m.from() >= to ? m.from() - to : from - m.to();
            int score = -Math.min(20, Math.max(0, distance));
            String word = doc.word(m.from());
            String before = m.from() > regionFrom ? doc.word(m.from() - 1) : "";
            boolean placed = STRONG_PLACE_PREPOSITIONS.contains(before) || withPrefix(word, 'ب');
            if (needsPreposition && !placed) {
                continue; // "a salué la coopération avec le Maroc": a partner, not a place
            }
            if (placed) {
                score += 12;
            } else if (withPrefix(word, 'ل') && m.from() > 0 && (DESTINATION_MARKERS.contains(doc.word(m.from() - 1))
                    || triggers.longestAt(doc, m.from() - 1, m.from()) != null)) {
                // "زيارة عمل للمملكة المغربية": ل after the visit names its destination (elsewhere it is "of").
                score += 8;
            }
            if (m.to() < doc.size() && doc.word(m.to()).equals("s") && doc.gap(m.to() - 1, m.to()).equals("'")) {
                continue; // "Morocco's DGSN": a possessive qualifies an organization, it is no place
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

    /** Of two places told for one event, the city inside the country rather than the country. */
    String moreSpecific(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b != null && a.equals(kb.extras(b).country())) {
            return b;
        }
        return a;
    }

    /** The same place, or a city and its country. */
    boolean samePlace(String a, String b) {
        return a.equals(b) || a.equals(kb.extras(b).country()) || b.equals(kb.extras(a).country());
    }
}
