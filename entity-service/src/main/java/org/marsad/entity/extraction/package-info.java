/**
 * The extraction engine: plain Java, no framework types, safe for native images.
 *
 * <p>Entry points: {@link org.marsad.entity.extraction.KnowledgeBase} (curated entities, loaded from the JSON files in
 * classpath folder {@code knowledge-base/}, plus the countries only ICU4J's CLDR data names, {@code CldrCountries})
 * and {@link org.marsad.entity.extraction.ExtractionEngine}, which turns a
 * text into an {@link org.marsad.entity.extraction.Extraction}.
 *
 * <p>Word lists are data: {@code src/main/resources/lexicon}, read and checked by {@code Lexicon} through the
 * catalogue {@code Lexicons}. Folding and Arabic clitics are the project's one implementation in
 * {@code org.marsad.commons.text} ({@code TextFolding}, {@code ArabicClitics}).
 *
 * <p>Stages, each a small class: fold the text keeping offsets ({@code TextNormalizer}); words and sentences, telling
 * prose from page noise ({@code Tokenizer}, {@code SentenceSplitter}); knowledge-base aliases through a clitic-aware
 * word trie ({@code KbMatcher}, {@code AliasTrie}); unknown institutions from head nouns
 * ({@code OrganizationFinder}); titles and the organizations they name ({@code TitleFinder}); unknown people from
 * titles, first names and appositions ({@code NameFinder}); events from trigger words with their participants,
 * organizations, place, date, status and topics ({@code EventDetector}, {@code PlaceChooser}, {@code DateResolver},
 * {@code StatusDetector}, {@code TopicTagger}, {@code EventMerger}, {@code Confidence}); the public result
 * ({@code ResultAssembler}).
 */
package org.marsad.entity.extraction;
