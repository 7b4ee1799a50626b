package org.marsad.entity.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on seed-sized articles: one operation extracts one seed article (raw pages of 4–8 KB, noise
 * included), taking the seeds in turn, so ops/s is articles per second. One thread, so the figure is per core. The
 * engine warms up slowly (large tries, many small methods): keep the long warmup.
 * A benchmark, not a test: surefire never runs it. How to run it: docs/QUALITY.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class ExtractionThroughputBenchmark {

    private ExtractionEngine engine;
    private List<String> articles;
    private int next;
    private final LocalDate published = LocalDate.of(2024, 7, 18);

    @Setup
    public void setUp() {
        engine = new ExtractionEngine(KnowledgeBase.loadDefault());
        Path dir = Path.of(System.getProperty("marsad.seeds", "../seeds"), "articles");
        try (Stream<Path> files = Files.list(dir)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("seed articles not found under " + dir.toAbsolutePath(), e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no seed articles under " + dir.toAbsolutePath());
        }
    }

    /** Extracts the next seed article. */
    @Benchmark
    public Extraction extractSeedArticle() {
        String text = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return engine.extract(text, published);
    }
}
