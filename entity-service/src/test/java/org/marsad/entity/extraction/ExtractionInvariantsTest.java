package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Contract checks on every seed article and some odd inputs: exact spans, consistent keys, sane values. */
class ExtractionInvariantsTest {

    private static final ExtractionEngine ENGINE = EngineFixture.ENGINE;

    @Test
    void everySeedExtractionHonoursTheContract() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("marsad.seeds", "../seeds"), "articles"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                check(text, ENGINE.extract(text, null));
            }
        }
    }

    @Test
    void oddInputsDoNotBreakTheEngine() {
        for (String text : List.of("", " ", "\n\n", "....", "حموشي", "DGSN", "ـــــ", "١٢٣", "\u200f\u200e",
                "من 31 إلى 30 فبراير 2024", "le 31 février 2024", "من 26 إلى")) {
            check(text, ENGINE.extract(text, java.time.LocalDate.of(2024, 2, 1)));
        }
        check("x", ENGINE.extract(null, null));
    }

    private static void check(String text, Extraction x) {
        String input = text == null ? "" : text;
        Set<String> keys = new HashSet<>();
        for (FoundEntity e : x.entities()) {
            assertTrue(keys.add(e.key()), "duplicate key " + e.key());
            assertTrue(e.kbId() == null ? e.key().startsWith("new:") : e.key().equals(e.kbId()), e.key());
            for (Span s : e.mentions()) {
                assertTrue(s.start() >= 0 && s.end() <= input.length() && s.start() < s.end(), s.toString());
                assertEquals(input.substring(s.start(), s.end()), s.text());
            }
        }
        for (FoundRole r : x.roles()) {
            assertTrue(keys.contains(r.personKey()));
            assertTrue(r.organizationKey() == null || keys.contains(r.organizationKey()));
            assertEquals(input.substring(r.evidence().start(), r.evidence().end()), r.evidence().text());
        }
        for (FoundEvent ev : x.events()) {
            ev.participants().forEach(p -> assertTrue(keys.contains(p.entityKey()), p.entityKey()));
            ev.organizationKeys().forEach(o -> assertTrue(keys.contains(o), o));
            assertTrue(ev.locationKey() == null || keys.contains(ev.locationKey()));
            assertTrue(ev.confidence() >= 0 && ev.confidence() <= 1);
            assertEquals(input.substring(ev.evidence().start(), ev.evidence().end()), ev.evidence().text());
            assertEquals(ev.date() == null, ev.datePrecision() == null);
        }
    }
}
