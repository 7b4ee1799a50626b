package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Knowledge-base loading and matching: clitics, letter variants, acronyms, titles, exact spans. */
class KnowledgeBaseMatchingTest {

    private static final ExtractionEngine ENGINE = EngineFixture.ENGINE;

    @Test
    void defaultKnowledgeBaseIsBroad() {
        KnowledgeBase kb = EngineFixture.KB;
        assertTrue(kb.entities().size() >= 120, "entities: " + kb.entities().size());
        KbEntity hammouchi = kb.byId("hammouchi").orElseThrow();
        assertEquals(EntityType.PERSON, hammouchi.type());
        assertTrue(hammouchi.roles().stream().anyMatch(r -> "dgsn".equals(r.organizationId())));
        for (KbEntity e : kb.entities()) {
            for (KbRole r : e.roles()) {
                assertTrue(r.organizationId() == null || kb.byId(r.organizationId()).isPresent(),
                        e.id() + " has a role in unknown organization " + r.organizationId());
            }
        }
    }

    @Test
    void loadsFromStreamsAndLaterFilesWin() {
        String a = "{\"entities\":[{\"id\":\"x\",\"type\":\"ORGANIZATION\",\"name\":\"X\",\"aliases\":[\"Ex\"]}]}";
        String b = "{\"entities\":[{\"id\":\"x\",\"type\":\"ORGANIZATION\",\"name\":\"X2\",\"aliases\":[]}],"
                + "\"firstNames\":[\"Jean\"]}";
        KnowledgeBase kb = KnowledgeBase.load(stream(a), stream(b));
        assertEquals(1, kb.entities().size());
        assertEquals("X2", kb.byId("x").orElseThrow().name());
        assertTrue(kb.firstNames().contains("Jean"));
    }

    @Test
    void cliticsAndLetterVariantsResolve() {
        String text = "التقى المسؤول بالرباط وباريس، ثم زار للمملكة المغربية والجزائر وفريديريك ڤو وسيلين برتون.";
        Extraction x = ENGINE.extract(text, null);
        for (String key : List.of("rabat", "paris", "morocco", "algeria", "veaux", "berthon")) {
            assertNotNull(EngineFixture.entity(x, key), key + " in " + x.entities());
        }
        assertEquals("بالرباط", EngineFixture.entity(x, "rabat").mentions().get(0).text());
    }

    @Test
    void organizationsInsideTitlesCountAsMentions() {
        String text = "وأكد المدير العام للأمن الوطني ولمراقبة التراب الوطني عبد اللطيف حموشي أن التعاون مستمر.";
        Extraction x = ENGINE.extract(text, null);
        FoundEntity dgsn = EngineFixture.entity(x, "dgsn");
        assertNotNull(dgsn, x.entities().toString());
        assertEquals("للأمن الوطني", dgsn.mentions().get(0).text());
        assertEquals("لمراقبة التراب الوطني", EngineFixture.entity(x, "dgst").mentions().get(0).text());
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("hammouchi") && "dgst".equals(r.organizationKey())));
        assertTrue(x.roles().stream().anyMatch(r -> r.title().startsWith("المدير العام")));
    }

    @Test
    void shortFormsOutsideTitlesAreNotOrganizations() {
        Extraction x = ENGINE.extract("يشكل الإرهاب تهديدا للأمن الوطني والأمن الداخلي للدول.", null);
        assertNull(EngineFixture.entity(x, "dgsn"));
        assertNull(EngineFixture.entity(x, "dgsi"));
    }

    @Test
    void acronymsMustBeCapitalized() {
        Extraction x = ENGINE.extract("The FBI and the CIA briefed Europol, while the cia of the story is fictional.", null);
        assertNotNull(EngineFixture.entity(x, "fbi"));
        assertEquals(1, EngineFixture.entity(x, "cia").mentions().size());
        assertNotNull(EngineFixture.entity(x, "europol"));
    }

    @Test
    void oneWordLatinNamesMustBeCapitalized() {
        Extraction x = ENGINE.extract("Il faut qu'il vienne à Vienne; the trump card is Trump's.", null);
        assertEquals(1, EngineFixture.entity(x, "vienna").mentions().size());
        assertEquals(1, EngineFixture.entity(x, "trump").mentions().size());
    }

    @Test
    void spansAreExactOffsetsIntoTheInput() {
        String text = "إستقبل المدير العامّ للأمن الوطني عبد اللطيف حمّوشي، أمس، بالرباط السيدة سيلين بيرتون.";
        Extraction x = ENGINE.extract(text, null);
        for (FoundEntity e : x.entities()) {
            for (Span s : e.mentions()) {
                assertEquals(text.substring(s.start(), s.end()), s.text());
            }
        }
        assertEquals("عبد اللطيف حمّوشي", EngineFixture.entity(x, "hammouchi").mentions().get(0).text());
    }

    @Test
    void nameKeysFoldSpellingVariants() {
        assertEquals(NameKey.of("فريديريك ڤو"), NameKey.of("فريديريك فو"));
        assertEquals(NameKey.of("عبد اللطيف الحموشي"), NameKey.of("عبد اللطيف حموشي"));
        assertEquals(NameKey.of("Frédéric VEAUX"), NameKey.of("frederic veaux"));
        assertEquals(NameKey.of("إستقبل"), NameKey.of("استقبل"));
    }

    @Test
    void sharedAliasesAreResolvedFromTheSentence() {
        Extraction x = ENGINE.extract("نجح المغرب في تأمين بطولة كأس العالم التي نظمت في قطر سنة 2022.", null);
        assertNotNull(EngineFixture.entity(x, "fifa-world-cup-2022"), x.entities().toString());
    }

    @Test
    void aBareOlympicsIsTheEditionCurrentOrNextAtPublication() {
        String text = "Moroccan and American officials discussed security cooperation for the Olympics.";
        assertNotNull(EngineFixture.entity(ENGINE.extract(text, LocalDate.of(2024, 7, 1)), "paris-2024-olympics"));
        assertNotNull(EngineFixture.entity(ENGINE.extract(text, LocalDate.of(2025, 12, 10)), "la-2028-olympics"));
        assertNotNull(EngineFixture.entity(ENGINE.extract(text, null), "paris-2024-olympics"),
                "without a date, the first edition listed");
        // A year or host city in the sentence beats the publication date.
        String paris = "Moroccan police helped secure the Olympics in Paris in 2024.";
        assertNotNull(EngineFixture.entity(ENGINE.extract(paris, LocalDate.of(2025, 12, 10)), "paris-2024-olympics"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
