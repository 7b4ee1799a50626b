package org.marsad.entity.extraction;

import org.marsad.commons.dates.Datelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
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

    /** The version of the engine's code: bump when a code change changes output. */
    static final String CODE_VERSION = "5";

    /**
     * Names the engine's output, which stored extractions are compared with to be re-extracted: the code version and
     * the first 10 hex digits of a SHA-256 over the lexicon files and the default knowledge-base files
     * ("4+1a2b3c4d5e"), so that editing a word list or the knowledge base re-extracts stored articles.
     */
    public static final String VERSION = CODE_VERSION + "+" + dataDigest();

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

    /** SHA-256 over every lexicon file, then every default knowledge-base file, each preceded by its name. */
    static String dataDigest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Lexicon l : Lexicons.all()) {
            update(sha, "lexicon/" + l.name(), l.bytes());
        }
        for (String file : KnowledgeBase.DEFAULT_FILES) {
            try (InputStream in = ExtractionEngine.class.getResourceAsStream("/knowledge-base/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("knowledge-base file missing from the classpath: " + file);
                }
                update(sha, "knowledge-base/" + file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    }

    private static void update(MessageDigest sha, String name, byte[] content) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
        sha.update((byte) 0);
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
