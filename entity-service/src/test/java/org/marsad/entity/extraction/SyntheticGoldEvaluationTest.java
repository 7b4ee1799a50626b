package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on the SYNTHETIC articles of {@code src/test/resources/synthetic} (written for these tests in the
 * style of Moroccan, Gulf, Egyptian, Levantine, French and English news wires; not real reporting, not paraphrases of
 * the seeds) against their gold files, as docs/QUALITY.md describes. It guards generalization: the rules must hold
 * on agencies, happenings and wording the seeds never show.
 */
class SyntheticGoldEvaluationTest {

    private static final double ENTITY_F1_FLOOR = 0.85;
    private static final double EVENT_F1_FLOOR = 0.70;

    @Test
    void syntheticArticlesMeetTheQualityBar() throws URISyntaxException {
        Path root = Path.of(SyntheticGoldEvaluationTest.class.getResource("/synthetic").toURI());
        GoldEvaluation.Totals t = GoldEvaluation.run(EngineFixture.ENGINE, root.resolve("articles"), root.resolve("gold"));
        System.out.println(t.summary("SYNTHETIC EVAL"));
        assertTrue(t.all().banned.isEmpty(), "names from page noise extracted: " + t.all().banned);
        assertTrue(t.entityF1() >= ENTITY_F1_FLOOR, "entity F1 " + t.entityF1() + " below " + ENTITY_F1_FLOOR);
        assertTrue(t.eventF1() >= EVENT_F1_FLOOR, "event F1 " + t.eventF1() + " below " + EVENT_F1_FLOOR);
    }
}
