package org.marsad.article.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the cleaner over the seed pages (../seeds/articles, as Maven runs in article-service) and
 * checks them against their gold: evidence kept verbatim, boilerplate and noise-only names gone,
 * title exact, and outlet/author/date/language where the gold has them.
 */
class SeedCleaningTest {

    private static final Path ARTICLES = Path.of("../seeds/articles");
    private static final Path GOLD = Path.of("../seeds/gold");
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @TestFactory
    Stream<DynamicTest> everySeed() throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(GOLD)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertFalse(golds.isEmpty(), "no gold files under " + GOLD.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path gold : golds) {
            tests.add(DynamicTest.dynamicTest(gold.getFileName().toString(), () -> check(gold, false)));
            tests.add(DynamicTest.dynamicTest(gold.getFileName() + " as HTML", () -> check(gold, true)));
        }
        return tests.stream();
    }

    /** The same page as the simplest HTML: one &lt;p&gt; per line, no semantic tags, no meta. */
    private static String naiveHtml(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        return sb.append("</body></html>").toString();
    }

    @SuppressWarnings("unchecked")
    private static void check(Path goldFile, boolean asHtml) throws IOException {
        Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(Files.readString(goldFile));
        String raw = Files.readString(ARTICLES.resolve((String) gold.get("article")));
        if (asHtml) {
            raw = naiveHtml(raw);
        }
        CleanedArticle a = CLEANER.clean(raw, null);
        String body = a.body();

        for (Object e : (List<Object>) gold.get("events")) {
            String evidence = (String) ((Map<String, Object>) e).get("evidence");
            assertTrue(body.contains(evidence), "evidence lost: " + evidence);
        }
        for (Object b : (List<Object>) gold.getOrDefault("boilerplate", List.of())) {
            assertFalse(body.contains((String) b), "boilerplate left: " + b);
        }
        Object notEntities = gold.get("not_entities");
        if (notEntities != null) {
            for (Object n : (List<Object>) notEntities) {
                assertFalse(body.contains((String) n), "noise-only name left: " + n);
            }
        }
        assertFalse(body.contains("\n\n\n"), "paragraphs are joined by exactly one blank line");

        Map<String, Object> meta = (Map<String, Object>) gold.get("metadata");
        assertEquals(meta.get("title"), a.title(), "title");
        assertFalse(body.startsWith(a.title()), "the headline is not repeated in the body");
        assertEquals(meta.get("language"), a.language(), "language");
        if (meta.get("outlet") != null) {
            assertEquals(meta.get("outlet"), a.outlet(), "outlet");
        }
        if (meta.get("author") != null) {
            assertEquals(meta.get("author"), a.author(), "author");
        }
        if (meta.get("published") != null) {
            assertEquals(meta.get("published"), a.publishedAt(), "published");
        }
        // Dates written in the related-article noise are not the publication date.
        if (meta.get("published") == null) {
            assertEquals(null, a.publishedAt(), "no publication date is written above the closing markers");
        }
    }
}
