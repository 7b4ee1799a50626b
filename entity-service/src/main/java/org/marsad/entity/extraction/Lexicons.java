package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.extraction.Lexicon.Keys;

/**
 * Every word list of the engine, read once from {@code src/main/resources/lexicon} through {@link Lexicon}. A file
 * that is not declared here is not read (and {@code LexiconTest} fails on it).
 */
final class Lexicons {

    private static final List<Lexicon> ALL = new ArrayList<>();

    static final Lexicon TRIGGERS = load("triggers", Keys.PHRASES);
    static final Lexicon TRIGGER_PRONOUN_SUFFIXES = load("trigger-pronoun-suffixes", Keys.WORDS);
    static final Lexicon TITLES = load("titles", Keys.PHRASES);
    static final Lexicon TOPICS = load("topics", Keys.PHRASES);
    static final Lexicon STATUS_PLANNED_BEFORE = load("status-planned-before", Keys.PHRASES);
    static final Lexicon STATUS_PLANNED_AFTER = load("status-planned-after", Keys.PHRASES);
    static final Lexicon STATUS_CANCELLED = load("status-cancelled", Keys.PHRASES);
    static final Lexicon STOP_WORDS = load("stop-words", Keys.WORDS);
    static final Lexicon MONTHS = load("months", Keys.WORDS);
    static final Lexicon WEEKDAYS = load("weekdays", Keys.WORDS);
    static final Lexicon DATE_RELATIVE = load("date-relative", Keys.WORDS);
    static final Lexicon DATE_NOW = load("date-now", Keys.WORDS);
    static final Lexicon DATE_UNITS = load("date-units", Keys.WORDS);
    static final Lexicon DATE_MONTH_ANCHORS = load("date-month-anchors", Keys.WORDS);
    static final Lexicon DATE_WEEKDAY_CUES = load("date-weekday-cues", Keys.WORDS);
    static final Lexicon DATE_RANGE_LINKS = load("date-range-links", Keys.WORDS);
    static final Lexicon EVENT_DEMONSTRATIVES = load("event-demonstratives", Keys.WORDS);
    static final Lexicon EVENT_AGREEMENT_DOCUMENTS = load("event-agreement-documents", Keys.PHRASES);
    static final Lexicon EVENT_CLAUSE_BREAKS = load("event-clause-breaks", Keys.WORDS);
    static final Lexicon EVENT_BOTH_SIDES = load("event-both-sides", Keys.WORDS);
    static final Lexicon EVENT_PAIRED_NOUNS = load("event-paired-nouns", Keys.WORDS);
    static final Lexicon EVENT_TWO = load("event-two", Keys.WORDS);
    static final Lexicon EVENT_LATIN_ARTICLES = load("event-latin-articles", Keys.WORDS);
    static final Lexicon EVENT_DELEGATION = load("event-delegation", Keys.WORDS);
    static final Lexicon EVENT_FIELD_NOUNS = load("event-field-nouns", Keys.WORDS);
    static final Lexicon EVENT_SUBJECT_POINTERS = load("event-subject-pointers", Keys.WORDS);
    static final Lexicon ORGANIZATION_ARABIC_HEADS = load("organization-arabic-heads", Keys.WORDS);
    static final Lexicon ORGANIZATION_QUALIFIED_HEADS = load("organization-qualified-heads", Keys.WORDS);
    static final Lexicon ORGANIZATION_LATIN_HEADS = load("organization-latin-heads", Keys.WORDS);
    static final Lexicon ORGANIZATION_FRENCH_LEADING_HEADS = load("organization-french-leading-heads", Keys.WORDS);
    static final Lexicon ORGANIZATION_UNIT_HEADS = load("organization-unit-heads", Keys.WORDS);
    static final Lexicon ORGANIZATION_UNIT_LINKS = load("organization-unit-links", Keys.WORDS);
    static final Lexicon ORGANIZATION_LATIN_TITLE_WORDS = load("organization-latin-title-words", Keys.WORDS);
    static final Lexicon ORGANIZATION_LINKS = load("organization-links", Keys.WORDS);
    static final Lexicon ORGANIZATION_OBJECT_LINKS = load("organization-object-links", Keys.WORDS);
    static final Lexicon TITLE_STOP_WORDS = load("title-stop-words", Keys.WORDS);
    static final Lexicon TITLE_ORGANIZATION_LINKS = load("title-organization-links", Keys.WORDS);
    static final Lexicon NAME_PARTICLES = load("name-particles", Keys.WORDS);
    static final Lexicon NAME_COMPOUND_ENDS = load("name-compound-ends", Keys.WORDS);
    static final Lexicon NAME_INSTITUTION_NOUNS = load("name-institution-nouns", Keys.WORDS);
    static final Lexicon NAME_COURTESY_PRONOUNS = load("name-courtesy-pronouns", Keys.WORDS);
    static final Lexicon NAME_PRESENCE_WORDS = load("name-presence-words", Keys.WORDS);
    static final Lexicon MINISTRY_PORTFOLIOS = load("ministry-portfolios", Keys.PHRASES);
    static final Lexicon MINISTRY_COUNTRY_LINKS = load("ministry-country-links", Keys.WORDS);
    static final Lexicon EVENT_VISIT_LINKS = load("event-visit-links", Keys.WORDS);
    static final Lexicon EVENT_BACKGROUND_MARKERS = load("event-background-markers", Keys.WORDS);
    static final Lexicon EVENT_SIDELINES = load("event-sidelines", Keys.WORDS);
    static final Lexicon EVENT_WELCOMING = load("event-welcoming", Keys.WORDS);
    static final Lexicon EVENT_WELCOMED_TO = load("event-welcomed-to", Keys.WORDS);
    static final Lexicon EVENT_VISIT_DONE_BY = load("event-visit-done-by", Keys.WORDS);
    static final Lexicon PLACE_STRONG_PREPOSITIONS = load("place-strong-prepositions", Keys.WORDS);
    static final Lexicon PLACE_DESTINATION_MARKERS = load("place-destination-markers", Keys.WORDS);
    static final Lexicon PLACE_CAPITAL_WORDS = load("place-capital-words", Keys.WORDS);
    static final Lexicon PLACE_STATE_WORDS = load("place-state-words", Keys.WORDS);
    static final Lexicon LANGUAGE_FRENCH = load("language-french", Keys.WORDS);
    static final Lexicon LANGUAGE_ENGLISH = load("language-english", Keys.WORDS);
    static final Lexicon SENTENCE_ABBREVIATIONS = load("sentence-abbreviations", Keys.WORDS);

    private Lexicons() {
    }

    /** Every lexicon, in declaration order. */
    static List<Lexicon> all() {
        return List.copyOf(ALL);
    }

    private static Lexicon load(String name, Keys keys) {
        Lexicon l = Lexicon.load(name, keys);
        ALL.add(l);
        return l;
    }
}
