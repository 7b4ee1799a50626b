package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A coarse throughput check over the seed articles: everything is compiled in the constructor, so one extraction
 * of a seed-sized article should take well under a millisecond. The bound asserted is loose (shared CI machines);
 * the measured figure is printed.
 */
class ExtractionThroughputTest {

    @Test
    void seedSizedArticlesExtractFast() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("marsad.seeds", "../seeds"), "articles"))) {
            texts = files.sorted().map(ExtractionThroughputTest::read).toList();
        }
        ExtractionEngine engine = EngineFixture.ENGINE;
        int rounds = Integer.getInteger("marsad.rounds", 2000);
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += engine.extract(texts.get(i % texts.size()), null).entities().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += engine.extract(texts.get(i % texts.size()), null).entities().size();
        }
        double perArticleMs = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("THROUGHPUT %.3f ms per article (%.0f articles/s on one core), checksum %d%n",
                perArticleMs, 1000 / perArticleMs, sink);
        assertTrue(perArticleMs < 5, "extraction takes " + perArticleMs + " ms per article");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
