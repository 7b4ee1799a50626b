package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the engine over the seed articles (raw pages, noise included) and scores it against the gold annotations
 * exactly like {@code eval/score.py}. Fails below entity F1 0.90 or event F1 0.75, or when a name from page noise
 * is extracted. Set {@code -Dmarsad.eval.out=DIR} to also write the preview JSON that score.py reads.
 */
class SeedGoldEvaluationTest {

    private static final Path SEEDS = Path.of(System.getProperty("marsad.seeds", "../seeds"));
    private static final ExtractionEngine ENGINE = new ExtractionEngine(KnowledgeBase.loadDefault());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedArticlesMeetTheQualityBar() throws IOException {
        GoldScorer.Result total = new GoldScorer.Result();
        List<Path> golds;
        try (Stream<Path> files = Files.list(SEEDS.resolve("gold"))) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertTrue(!golds.isEmpty(), "no gold files under " + SEEDS.toAbsolutePath());
        String outDir = System.getProperty("marsad.eval.out");
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String text = Files.readString(SEEDS.resolve("articles").resolve(gold.get("article").asText()),
                    StandardCharsets.UTF_8);
            JsonNode published = gold.path("metadata").path("published");
            // The service passes the article's publication date; -Dmarsad.eval.noDate=true mimics a bare dry run.
            LocalDate date = published.isTextual() && !Boolean.getBoolean("marsad.eval.noDate")
                    ? LocalDate.parse(published.asText()) : null;
            Extraction x = ENGINE.extract(text, date);
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
            GoldScorer.Result r = GoldScorer.score(gold, ents, evs);
            total.add(r);
            report(goldFile.getFileName().toString(), r);
            if (outDir != null) {
                writePreview(Path.of(outDir), goldFile, ents, evs, x, names);
            }
        }
        double[] ent = GoldScorer.Result.prf(total.entities);
        double[] ev = GoldScorer.Result.prf(total.events);
        System.out.printf("SEED EVAL entity P %.3f R %.3f F1 %.3f · event P %.3f R %.3f F1 %.3f · "
                        + "date %s location %s organizations %s · banned %s%n",
                ent[0], ent[1], ent[2], ev[0], ev[1], ev[2], ratio(total.attrs.get("date")),
                ratio(total.attrs.get("location")), ratio(total.attrs.get("organizations")), total.banned);
        assertTrue(total.banned.isEmpty(), "names from page noise extracted: " + total.banned);
        assertTrue(ent[2] >= 0.90, "entity F1 " + ent[2] + " below 0.90");
        assertTrue(ev[2] >= 0.75, "event F1 " + ev[2] + " below 0.75");
    }

    private static String ratio(int[] c) {
        return c[1] == 0 ? "n/a" : String.format("%.3f (%d/%d)", (double) c[0] / c[1], c[0], c[1]);
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
    }

    private static void writePreview(Path dir, Path goldFile, List<GoldScorer.PEntity> ents,
                                     List<GoldScorer.PEvent> evs, Extraction x, Map<String, String> names)
            throws IOException {
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
