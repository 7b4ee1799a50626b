package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word lists of {@code src/main/resources/lexicon}: every file loads, and a bad entry fails the build. */
class LexiconTest {

    private static Lexicon parse(String text, Lexicon.Keys keys) {
        return Lexicon.parse("test", text.getBytes(StandardCharsets.UTF_8), keys);
    }

    @Test
    void everyFileIsDeclaredAndLoads() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/lexicon"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> declared = Lexicons.all().stream().map(l -> l.name() + ".txt").sorted().toList();
        assertEquals(files, declared);
        for (Lexicon l : Lexicons.all()) {
            assertTrue(!l.entries().isEmpty(), l.name() + " is empty");
        }
    }

    @Test
    void aDuplicateAfterFoldingFailsNamingTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("# prepositions\nإلى\nفي\nالى\n", Lexicon.Keys.WORDS));
        assertTrue(e.getMessage().contains("test.txt line 4: duplicate entry \"الى\""), e.getMessage());
    }

    @Test
    void aPhraseListedUnderTwoValuesIsAConflict() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("[VISIT noun]\nزيارة\n[MEETING noun]\nالزيارة\n", Lexicon.Keys.PHRASES));
        assertTrue(e.getMessage().contains("conflicting entry \"الزيارة\""), e.getMessage());
        assertTrue(e.getMessage().contains("already under [VISIT noun]"), e.getMessage());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("[1]\nmai\nmai\n[2]\nmai\n", Lexicon.Keys.WORDS));
        assertEquals(2, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void oneWordMayBeAVerbAndANounOfTheSameType() {
        Lexicon l = parse("[OPERATION verb]\nحجز\n[OPERATION noun]\nحجز\n", Lexicon.Keys.PHRASES);
        assertEquals(List.of("حجز"), l.section("OPERATION noun"));
    }

    @Test
    void anEntryInOrdinarySpellingMatchesTheFoldedText() {
        Lexicon l = parse("هيئة\nالمسؤولان\nمُلتقى\nréunion\n", Lexicon.Keys.WORDS);
        Document doc = Document.analyze("هيئه المسوولان ملتقي REUNION");
        for (int i = 0; i < doc.size(); i++) {
            assertTrue(l.words().contains(doc.word(i)), doc.word(i));
        }
    }

    @Test
    void shippedListsWrittenInOrdinarySpellingMatch() {
        Document doc = Document.analyze("الجانبان المسؤولان هيئة");
        assertTrue(Lexicons.EVENT_BOTH_SIDES.words().contains(doc.word(1)));
        assertTrue(Lexicons.ORGANIZATION_ARABIC_HEADS.words().contains(doc.word(2)));
    }

    @Test
    void theEngineVersionIsTheCodeVersionAndADigestOfTheData() {
        assertTrue(ExtractionEngine.VERSION.matches("\\d+\\+[0-9a-f]{10}"), ExtractionEngine.VERSION);
        assertEquals(ExtractionEngine.CODE_VERSION + "+" + ExtractionEngine.dataDigest(), ExtractionEngine.VERSION);
    }
}
