package org.marsad.entity.extraction;

import org.marsad.commons.dates.Datelines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The extraction engine: finds people, organizations, places and named events in a news text, the roles people
 * hold, and the security-cooperation events the text states, with spans into the text for every fact.
 *
 * <p>Build it once per knowledge base (the constructor compiles every lexicon and trie); {@link #extract} is then
 * thread-safe and allocation-light. Stages: {@link TextNormalizer} → {@link SentenceSplitter} → {@link KbMatcher}
 * → {@link OrganizationFinder} → {@link TitleFinder} → {@link NameFinder} → {@link MinistryFinder} → {@link EventDetector} (with {@link DateResolver},
 * {@link StatusDetector}, {@link TopicTagger}) → {@link ResultAssembler}.
 */
public final class ExtractionEngine {

    /** Bump when output changes. */
    public static final String VERSION = "3";

    private final KbMatcher kbMatcher;
    private final OrganizationFinder organizationFinder;
    private final TitleFinder titleFinder;
    private final NameFinder nameFinder;
    private final MinistryFinder ministryFinder;
    private final EventDetector eventDetector;
    private final ResultAssembler assembler;

    public ExtractionEngine(KnowledgeBase kb) {
        this.kbMatcher = new KbMatcher(kb);
        this.organizationFinder = new OrganizationFinder(kbMatcher);
        this.titleFinder = new TitleFinder(kb, kbMatcher);
        this.nameFinder = new NameFinder(kb, kbMatcher);
        this.ministryFinder = new MinistryFinder(kb);
        this.eventDetector = new EventDetector(kb);
        this.assembler = new ResultAssembler(kb);
    }

    public Extraction extract(String text, LocalDate publishedAt) {
        Document doc = Document.analyze(text == null ? "" : text);
        LocalDate published = publishedAt != null ? publishedAt : DateResolver.printedPublicationDate(doc);
        if (published == null) {
            published = Datelines.findDay(text == null ? "" : text).orElse(null); // article-service reads the same dateline
        }
        MentionIndex mentions = new MentionIndex(doc.size());
        for (Mention m : kbMatcher.match(doc, published)) {
            mentions.add(m);
        }
        Map<String, String> discovered = new java.util.HashMap<>(organizationFinder.find(doc, mentions));
        List<TitleOccurrence> titles = titleFinder.find(doc, mentions);
        discovered.putAll(nameFinder.find(doc, mentions, titles));
        titleFinder.attach(doc, titles, mentions);
        discovered.putAll(ministryFinder.resolve(doc, titles, mentions));
        List<FoundRole> roles = titleFinder.roles(doc, titles, mentions);
        Analysis analysis = new Analysis(doc, mentions, titles, roles, discovered, published);
        List<EventDraft> events = eventDetector.detect(analysis);
        return assembler.assemble(LanguageGuesser.guess(doc), analysis, events);
    }
}
