package org.marsad.entity.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the engine over a folder of articles and scores it against their gold files with {@link GoldScorer}, in
 * total and per language. Articles may start with the header lines of docs/ARTICLES.md
 * ({@code URL:}, {@code OUTLET:}, {@code DATE:} and a blank line): the header is not sent as text, and DATE is the
 * publication date. Without a DATE line the gold's {@code metadata.published} is used, as the service would pass it.
 *
 * <p>System properties: {@code marsad.eval.verbose=true} prints misses and extras per article;
 * {@code marsad.eval.out=DIR} writes the preview JSON, the shape a scorer reads (one file per gold file);
 * {@code marsad.eval.noDate=true} drops publication dates, like a bare dry run.
 */
final class GoldEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Summed counts, overall and per language of the gold metadata. */
    record Totals(GoldScorer.Result all, Map<String, GoldScorer.Result> byLanguage) {

        double entityF1() {
            return GoldScorer.Result.prf(all.entities)[2];
        }

        double eventF1() {
            return GoldScorer.Result.prf(all.events)[2];
        }

        /** The error kinds with their counts, most frequent first. */
        String kinds(String label) {
            StringBuilder b = new StringBuilder(label + " error kinds:");
            all.kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format("%n  %4d  %s", e.getValue(), e.getKey())));
            return b.toString();
        }

        int articles() {
            return all.articles;
        }

        String summary(String label) {
            StringBuilder b = new StringBuilder(line(label, all));
            byLanguage.forEach((lang, r) -> b.append('\n').append(line(label + " [" + lang + "]", r)));
            return b.toString();
        }

        private static String line(String label, GoldScorer.Result r) {
            double[] ent = GoldScorer.Result.prf(r.entities);
            double[] ev = GoldScorer.Result.prf(r.events);
            return String.format("%s entity P %.3f R %.3f F1 %.3f · event P %.3f R %.3f F1 %.3f · date %s location %s "
                            + "organizations %s · banned %s", label, ent[0], ent[1], ent[2], ev[0], ev[1], ev[2],
                    ratio(r.attrs.get("date")), ratio(r.attrs.get("location")), ratio(r.attrs.get("organizations")),
                    r.banned);
        }

        private static String ratio(int[] c) {
            return c[1] == 0 ? "n/a" : String.format("%.3f (%d/%d)", (double) c[0] / c[1], c[0], c[1]);
        }
    }

    /** An article text split from its optional header. */
    record Article(String text, LocalDate published) {}

    private GoldEvaluation() {
    }

    static Totals run(ExtractionEngine engine, Path articles, Path golds) {
        return run(engine, articles, golds, name -> true);
    }

    /** Scores the articles whose gold file name, without {@code .gold.json}, {@code include} accepts. */
    static Totals run(ExtractionEngine engine, Path articles, Path golds, Predicate<String> include) {
        GoldScorer.Result all = new GoldScorer.Result();
        Map<String, GoldScorer.Result> byLanguage = new TreeMap<>();
        String outDir = System.getProperty("marsad.eval.out");
        for (Path goldFile : goldFiles(golds)) {
            if (!include.test(goldFile.getFileName().toString().replace(".gold.json", ""))) {
                continue;
            }
            try {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                Article article = read(articles.resolve(gold.get("article").asText()), gold);
                Extraction x = engine.extract(article.text(), article.published());
                Preview p = preview(x);
                GoldScorer.Result r = GoldScorer.score(gold, p.entities, p.events);
                all.add(r);
                // Real-article gold has no metadata: the engine's own language guess stands in.
                byLanguage.computeIfAbsent(gold.path("metadata").path("language").asText(x.language()),
                        k -> new GoldScorer.Result()).add(r);
                report(goldFile.getFileName().toString(), r);
                if (outDir != null) {
                    write(Path.of(outDir), goldFile, x, p.names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(goldFile.toString(), e);
            }
        }
        return new Totals(all, byLanguage);
    }

    private static List<Path> goldFiles(Path golds) {
        try (Stream<Path> files = Files.list(golds)) {
            List<Path> out = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
            if (out.isEmpty()) {
                throw new IllegalStateException("no gold files under " + golds.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(golds.toString(), e);
        }
    }

    /** Reads an article, taking the header apart the way {@code run_extract.py} does. */
    static Article read(Path file, JsonNode gold) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = raw.split("\n", -1);
        Map<String, String> head = new HashMap<>();
        int i = 0;
        while (i < lines.length && lines[i].contains(":")
                && List.of("URL", "OUTLET", "DATE").contains(lines[i].substring(0, lines[i].indexOf(':')))) {
            head.put(lines[i].substring(0, lines[i].indexOf(':')), lines[i].substring(lines[i].indexOf(':') + 1).strip());
            i++;
        }
        String text = raw;
        String date = null;
        if (!head.isEmpty()) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            text = String.join("\n", List.of(lines).subList(i, lines.length));
            date = head.get("DATE");
        } else {
            JsonNode published = gold.path("metadata").path("published");
            date = published.isTextual() ? published.asText() : null;
        }
        boolean noDate = Boolean.getBoolean("marsad.eval.noDate");
        // A partial date ("2022-10") anchors nothing, as in the service.
        return new Article(text, date == null || date.strip().length() != 10 || noDate ? null : LocalDate.parse(date.strip()));
    }

    /** The extraction in the GraphQL preview shape: names instead of keys. */
    private record Preview(List<GoldScorer.PEntity> entities, List<GoldScorer.PEvent> events, Map<String, String> names) {}

    private static Preview preview(Extraction x) {
        Map<String, String> names = new HashMap<>();
        List<GoldScorer.PEntity> ents = new ArrayList<>();
        for (FoundEntity e : x.entities()) {
            names.put(e.key(), e.name());
            ents.add(new GoldScorer.PEntity(e.name(), e.type().name(), e.mentions().stream().map(Span::text).toList()));
        }
        List<GoldScorer.PEvent> evs = new ArrayList<>();
        for (FoundEvent e : x.events()) {
            evs.add(new GoldScorer.PEvent(e.type().name(), e.status().name(), e.date(),
                    e.locationKey() == null ? null : names.get(e.locationKey()),
                    e.participants().stream().map(p -> names.get(p.entityKey())).toList(),
                    e.organizationKeys().stream().map(names::get).toList(), e.evidence().text()));
        }
        return new Preview(ents, evs, names);
    }

    private static void report(String name, GoldScorer.Result r) {
        if (!Boolean.getBoolean("marsad.eval.verbose")) {
            return;
        }
        System.out.println("== " + name);
        r.missedEntities.forEach(m -> System.out.println("  missed entity: " + m));
        r.wrongEntities.forEach(m -> System.out.println("  extra entity: " + m));
        r.missedEvents.forEach(m -> System.out.println("  missed event: " + m));
        r.wrongEvents.forEach(m -> System.out.println("  extra event: " + m));
        r.wrongAttributes.forEach(m -> System.out.println("  wrong " + m));
    }

    /** Writes the extraction as the gateway's {@code extract} query returns it, for a scorer. */
    private static void write(Path dir, Path goldFile, Extraction x, Map<String, String> names) throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entities = root.putArray("entities");
        for (FoundEntity e : x.entities()) {
            ObjectNode n = entities.addObject();
            n.put("name", e.name());
            n.put("type", e.type().name());
            ArrayNode ms = n.putArray("mentions");
            for (Span s : e.mentions()) {
                ms.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
            }
        }
        ArrayNode events = root.putArray("events");
        for (FoundEvent e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type().name());
            n.put("status", e.status().name());
            n.put("date", e.date());
            n.put("location", e.locationKey() == null ? null : names.get(e.locationKey()));
            ArrayNode ps = n.putArray("participants");
            e.participants().forEach(p -> ps.add(names.get(p.entityKey())));
            ArrayNode os = n.putArray("organizations");
            e.organizationKeys().forEach(o -> os.add(names.get(o)));
            ArrayNode ts = n.putArray("topics");
            e.topics().forEach(t -> ts.add(t.name()));
            n.putObject("evidence").put("start", e.evidence().start()).put("end", e.evidence().end())
                    .put("text", e.evidence().text());
        }
        ArrayNode roles = root.putArray("roles");
        for (FoundRole r : x.roles()) {
            roles.addObject().put("person", names.get(r.personKey())).put("title", r.title())
                    .put("organization", r.organizationKey() == null ? null : names.get(r.organizationKey()));
        }
        String name = goldFile.getFileName().toString().replace(".gold.json", ".json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name).toFile(), root);
    }
}
