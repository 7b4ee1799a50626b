package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the engine over the seed articles (raw pages, noise included) and scores it against the gold annotations
 * as docs/QUALITY.md describes. Fails below entity F1 0.90 or event F1 0.75, or when a name from page noise
 * is extracted. Options (verbose report, preview JSON for a scorer) are those of {@link GoldEvaluation}.
 */
class SeedGoldEvaluationTest {

    private static final Path SEEDS = Path.of(System.getProperty("marsad.seeds", "../seeds"));

    @Test
    void seedArticlesMeetTheQualityBar() {
        GoldEvaluation.Totals t = GoldEvaluation.run(EngineFixture.ENGINE, SEEDS.resolve("articles"), SEEDS.resolve("gold"));
        System.out.println(t.summary("SEED EVAL"));
        assertTrue(t.all().banned.isEmpty(), "names from page noise extracted: " + t.all().banned);
        assertTrue(t.entityF1() >= 0.90, "entity F1 " + t.entityF1() + " below 0.90");
        assertTrue(t.eventF1() >= 0.75, "event F1 " + t.eventF1() + " below 0.75");
    }
}
