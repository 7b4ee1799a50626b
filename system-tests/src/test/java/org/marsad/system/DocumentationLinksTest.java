package org.marsad.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every relative link in the repository's Markdown resolves to a file or folder inside the repository, and every
 * {@code #anchor} to a heading of the target page: a clone must have no dead ends.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".marsad", "node_modules", ".mvn");

    private final Path root = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyRelativeMarkdownLinkResolvesInsideTheRepository() throws IOException {
        List<Path> pages = markdownPages();
        assertTrue(pages.contains(root.resolve("README.md")), () -> "no README.md found under " + root);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(withoutCodeBlocks(text));
            while (m.find()) {
                String problem = problem(page, m.group(1));
                if (problem != null) {
                    broken.add(root.relativize(page) + ": " + m.group(1) + " (" + problem + ")");
                }
            }
        }
        assertTrue(broken.isEmpty(), () -> "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void headingAnchorsAreSluggedAsGitHubDoes() {
        assertTrue(anchors("## Gold annotations and scoring\n### Header lines in text files\n")
                .containsAll(Set.of("gold-annotations-and-scoring", "header-lines-in-text-files")));
    }

    private String problem(Path page, String href) throws IOException {
        if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return null; // http:, https:, mailto: leave the repository on purpose
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!target.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        if (hash >= 0 && Files.isRegularFile(target) && target.toString().endsWith(".md")
                && !anchors(Files.readString(target, StandardCharsets.UTF_8)).contains(href.substring(hash + 1))) {
            return "no such heading";
        }
        return null;
    }

    private static Set<String> anchors(String markdown) {
        Matcher m = HEADING.matcher(withoutCodeBlocks(markdown));
        Set<String> slugs = new java.util.HashSet<>();
        while (m.find()) {
            slugs.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return slugs;
    }

    /** Links and headings inside fenced code are examples, not links. */
    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    private List<Path> markdownPages() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".md") && !skipped(root.relativize(p))).sorted().toList();
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
