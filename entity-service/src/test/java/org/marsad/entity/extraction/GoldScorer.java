package org.marsad.entity.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A line-by-line Java port of the Python scorer the gold was first scored with: same name folding, clitic stripping,
 * name and evidence matching, RECEPTION→MEETING aliasing, micro-averaged counts. Works on the extraction in its
 * GraphQL preview shape (names instead of keys).
 */
final class GoldScorer {

    private static final Pattern TASHKEEL = Pattern.compile("[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]");
    private static final Pattern PUNCT = Pattern.compile("[\"'“”«»()\\[\\]{}.,،؛;:!؟?\\-–—/]+");
    private static final String[] CLITICS = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"};
    private static final Map<String, String> TYPE_ALIASES = Map.of("RECEPTION", "MEETING", "ARREST", "OPERATION");
    private static final Set<String> SCORED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "EVENT_NAME");

    /** An extracted entity as the preview shows it. */
    record PEntity(String name, String type, List<String> mentions) {}

    /** An extracted event as the preview shows it. */
    record PEvent(String type, String status, String date, String location, List<String> participants,
                  List<String> organizations, String evidence) {}

    /** Counts for one article: [correct, predicted, found, gold] for entities and events, plus attributes. */
    static final class Result {
        final int[] entities = new int[4];
        final int[] events = new int[4];
        final Map<String, int[]> attrs = new HashMap<>(Map.of("date", new int[2], "location", new int[2],
                "organizations", new int[2]));
        final List<String> banned = new ArrayList<>();
        int articles;
        final List<String> missedEntities = new ArrayList<>();
        final List<String> missedEvents = new ArrayList<>();
        final List<String> wrongEntities = new ArrayList<>();
        final List<String> wrongEvents = new ArrayList<>();
        final List<String> wrongAttributes = new ArrayList<>();
        /** Error kinds (what went wrong, in general terms) and how often, for the miss report. */
        final Map<String, Integer> kinds = new TreeMap<>();

        void add(Result r) {
            for (int i = 0; i < 4; i++) {
                entities[i] += r.entities[i];
                events[i] += r.events[i];
            }
            r.attrs.forEach((k, v) -> {
                attrs.get(k)[0] += v[0];
                attrs.get(k)[1] += v[1];
            });
            banned.addAll(r.banned);
            articles += r.articles;
            r.kinds.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        }

        void count(String kind) {
            kinds.merge(kind, 1, Integer::sum);
        }

        static double[] prf(int[] c) {
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new double[] {p, r, f};
        }
    }

    private GoldScorer() {
    }

    static String norm(String s) {
        s = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        s = TASHKEEL.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                case 'ڤ' -> 'ف';
                case 'ٯ' -> 'ق';
                case 'گ' -> 'ك';
                default -> c;
            });
        }
        s = PUNCT.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return String.join(" ", s.trim().split("\\s+")).trim();
    }

    static String stripClitics(String token) {
        for (String c : CLITICS) {
            if (token.startsWith(c) && token.length() - c.length() >= 2) {
                return token.substring(c.length());
            }
        }
        return token;
    }

    static String key(String s) {
        String n = norm(s);
        if (n.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String t : n.split(" ")) {
            out.add(stripClitics(t));
        }
        return String.join(" ", out);
    }

    static boolean sameName(String a, String b) {
        a = key(a);
        b = key(b);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shortS = a.length() <= b.length() ? a : b;
        String longS = a.length() <= b.length() ? b : a;
        return longS.contains(shortS) && (double) shortS.length() / longS.length() >= 0.5 && shortS.length() >= 3;
    }

    static Set<String> tokens(String s) {
        String k = key(s);
        return k.isEmpty() ? Set.of() : new HashSet<>(List.of(k.split(" ")));
    }

    static boolean overlaps(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return (double) inter.size() / Math.min(ta.size(), tb.size()) >= 0.6
                || (double) inter.size() / union.size() >= 0.3;
    }

    static boolean entityMatches(JsonNode gold, PEntity sys) {
        if (!sys.type().equals(gold.get("type").asText())) {
            return false;
        }
        List<String> forms = new ArrayList<>();
        gold.get("surface_forms").forEach(f -> forms.add(f.asText()));
        forms.add(gold.get("name").asText());
        List<String> texts = new ArrayList<>(sys.mentions());
        texts.add(sys.name());
        for (String f : forms) {
            for (String t : texts) {
                if (sameName(f, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Result score(JsonNode gold, List<PEntity> ents, List<PEvent> evs) {
        Result r = new Result();
        r.articles = 1;
        List<JsonNode> goldEnts = new ArrayList<>();
        gold.get("entities").forEach(goldEnts::add);
        int found = 0;
        for (JsonNode g : goldEnts) {
            if (ents.stream().anyMatch(s -> entityMatches(g, s))) {
                found++;
            } else {
                r.missedEntities.add(g.get("type").asText() + " " + g.get("name").asText());
                r.count("entity missed: " + g.get("type").asText());
            }
        }
        int scored = 0;
        int correct = 0;
        for (PEntity s : ents) {
            if (!SCORED_TYPES.contains(s.type())) {
                continue;
            }
            scored++;
            if (goldEnts.stream().anyMatch(g -> entityMatches(g, s))) {
                correct++;
            } else {
                r.wrongEntities.add(s.type() + " " + s.name() + " " + s.mentions());
                r.count("entity extra: " + s.type());
            }
        }
        for (PEntity s : ents) {
            for (JsonNode bad : gold.path("not_entities")) {
                for (String m : s.mentions()) {
                    if (sameName(bad.asText(), m)) {
                        r.banned.add(m);
                    }
                }
            }
        }
        Map<String, String> toGold = new HashMap<>();
        for (PEntity s : ents) {
            for (JsonNode g : goldEnts) {
                if (entityMatches(g, s)) {
                    toGold.putIfAbsent(s.name(), g.get("name").asText());
                    break;
                }
            }
        }
        List<JsonNode> goldEvs = new ArrayList<>();
        gold.get("events").forEach(goldEvs::add);
        int evFound = 0;
        for (JsonNode g : goldEvs) {
            PEvent m = evs.stream().filter(s -> evMatch(g, s, toGold)).findFirst().orElse(null);
            if (m == null) {
                r.missedEvents.add(g.get("type").asText() + " " + g.get("participants") + ": "
                        + g.get("evidence").asText());
                r.count("event missed: " + whyMissed(g, evs));
                continue;
            }
            evFound++;
            String gd = g.path("date").isNull() ? null : g.path("date").asText(null);
            if (gd != null && !gd.isEmpty()) {
                r.attrs.get("date")[1]++;
                String d = m.date() == null ? "" : m.date();
                if (!d.isEmpty() && (d.startsWith(gd.substring(0, Math.min(7, gd.length())))
                        || gd.startsWith(d.substring(0, Math.min(7, d.length()))))) {
                    r.attrs.get("date")[0]++;
                } else {
                    r.wrongAttributes.add("date " + (d.isEmpty() ? "none" : d) + " for " + gd + " in " + m.type()
                            + ": " + m.evidence());
                    r.count(d.isEmpty() ? "date missing" : "date wrong");
                }
            }
            String gl = g.path("location").isNull() ? null : g.path("location").asText(null);
            if (gl != null && !gl.isEmpty()) {
                r.attrs.get("location")[1]++;
                if (m.location() != null && gl.equals(toGold.getOrDefault(m.location(), m.location()))) {
                    r.attrs.get("location")[0]++;
                } else {
                    r.wrongAttributes.add("place " + m.location() + " for " + gl + " in " + m.type() + ": " + m.evidence());
                    r.count(m.location() == null ? "place missing" : "place wrong");
                }
            }
            Set<String> orgs = new HashSet<>();
            for (String o : m.organizations()) {
                orgs.add(toGold.getOrDefault(o, o));
            }
            for (JsonNode o : g.path("organizations")) {
                r.attrs.get("organizations")[1]++;
                if (orgs.contains(o.asText())) {
                    r.attrs.get("organizations")[0]++;
                } else {
                    r.wrongAttributes.add("organization " + o.asText() + " missing in " + m.type() + ": " + m.evidence());
                    r.count("organization missing from event");
                }
            }
        }
        int evCorrect = 0;
        for (PEvent s : evs) {
            if (goldEvs.stream().anyMatch(g -> evMatch(g, s, toGold))) {
                evCorrect++;
            } else {
                r.wrongEvents.add(s.type() + " " + s.participants() + ": " + s.evidence());
                r.count("event extra: " + s.type());
            }
        }
        r.entities[0] = correct;
        r.entities[1] = scored;
        r.entities[2] = found;
        r.entities[3] = goldEnts.size();
        r.events[0] = evCorrect;
        r.events[1] = evs.size();
        r.events[2] = evFound;
        r.events[3] = goldEvs.size();
        return r;
    }

    /** The nearest reason a gold event found no match: nothing on its sentence, another type, or other people. */
    private static String whyMissed(JsonNode g, List<PEvent> evs) {
        String gt = TYPE_ALIASES.getOrDefault(g.get("type").asText(), g.get("type").asText());
        List<PEvent> same = evs.stream()
                .filter(s -> overlaps(g.get("evidence").asText(), s.evidence() == null ? "" : s.evidence())).toList();
        if (same.isEmpty()) {
            return "no event on its sentence (" + gt + ")";
        }
        if (same.stream().noneMatch(s -> TYPE_ALIASES.getOrDefault(s.type(), s.type()).equals(gt))) {
            return "other type on its sentence (" + gt + " as " + same.get(0).type() + ")";
        }
        return "participants differ (" + gt + ")";
    }

    private static boolean evMatch(JsonNode g, PEvent s, Map<String, String> toGold) {
        String st = TYPE_ALIASES.getOrDefault(s.type(), s.type());
        String gt = TYPE_ALIASES.getOrDefault(g.get("type").asText(), g.get("type").asText());
        if (!st.equals(gt)) {
            return false;
        }
        if (!overlaps(g.get("evidence").asText(), s.evidence() == null ? "" : s.evidence())) {
            return false;
        }
        if (!g.get("participants").isEmpty()) {
            Set<String> sp = new HashSet<>();
            for (String p : s.participants()) {
                sp.add(toGold.getOrDefault(p, p));
            }
            boolean shared = false;
            for (JsonNode p : g.get("participants")) {
                shared |= sp.contains(p.asText());
            }
            return shared;
        }
        return true;
    }
}
