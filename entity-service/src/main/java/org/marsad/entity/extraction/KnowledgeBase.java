package org.marsad.entity.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Curated knowledge base: institutions, officials, places, named events, plus the lexical hints the engine needs
 * about them (forms that only name an organization inside a title, nationality adjectives, first names).
 *
 * <p>Files are JSON objects with optional arrays {@code entities} and {@code firstNames}; they are read as trees so
 * that no reflection configuration is needed in a native image.
 */
public final class KnowledgeBase {

    /** The files of the default knowledge base, in classpath folder {@code knowledge-base/}. */
    static final List<String> DEFAULT_FILES = List.of(
            "countries.json", "places.json", "organizations-morocco.json", "organizations-europe.json",
            "organizations-americas-gulf.json", "organizations-international.json", "people.json",
            "named-events.json", "first-names.json");

    private final List<KbEntity> entities;
    private final Map<String, KbEntity> byId;
    private final Map<String, KbExtras> extras;
    private final Set<String> firstNames;
    /** Capital city by country id, from the places marked "capital". */
    private final Map<String, String> capitals;

    private KnowledgeBase(List<KbEntity> entities, Map<String, KbExtras> extras, Set<String> firstNames) {
        this.entities = List.copyOf(entities);
        Map<String, KbEntity> index = new LinkedHashMap<>();
        for (KbEntity e : entities) {
            index.put(e.id(), e);
        }
        this.byId = Collections.unmodifiableMap(index);
        this.extras = Map.copyOf(extras);
        this.firstNames = Set.copyOf(firstNames);
        Map<String, String> capitalsByCountry = new java.util.HashMap<>();
        extras.forEach((id, x) -> {
            if (x.capital() && x.country() != null) {
                capitalsByCountry.put(x.country(), id);
            }
        });
        this.capitals = Map.copyOf(capitalsByCountry);
    }

    /** Loads the knowledge base shipped on the classpath under {@code knowledge-base/}. */
    public static KnowledgeBase loadDefault() {
        List<InputStream> streams = new ArrayList<>();
        try {
            for (String file : DEFAULT_FILES) {
                InputStream in = KnowledgeBase.class.getResourceAsStream("/knowledge-base/" + file);
                if (in == null) {
                    throw new IllegalStateException("knowledge-base file missing from the classpath: " + file);
                }
                streams.add(in);
            }
            return load(streams.toArray(InputStream[]::new)).withCldrCountries();
        } finally {
            for (InputStream in : streams) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing left to read from it
                }
            }
        }
    }

    /** Loads and merges knowledge-base JSON files; later ids replace earlier ones. */
    public static KnowledgeBase load(InputStream... jsonFiles) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, KbEntity> entities = new LinkedHashMap<>();
        Map<String, KbExtras> extras = new LinkedHashMap<>();
        Set<String> firstNames = new LinkedHashSet<>();
        for (InputStream in : jsonFiles) {
            JsonNode root;
            try {
                root = mapper.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable knowledge-base file", e);
            }
            for (JsonNode node : root.path("entities")) {
                KbEntity entity = entity(node);
                entities.put(entity.id(), entity);
                extras.put(entity.id(), new KbExtras(strings(node.path("contextAliases")),
                        strings(node.path("demonyms")), text(node, "country"), text(node, "category"),
                        node.path("capital").asBoolean(false)));
            }
            for (JsonNode name : root.path("firstNames")) {
                firstNames.add(name.asText());
            }
        }
        return new KnowledgeBase(new ArrayList<>(entities.values()), extras, firstNames);
    }

    /** This knowledge base plus the countries only CLDR names ({@link CldrCountries}). */
    private KnowledgeBase withCldrCountries() {
        List<KbEntity> all = new ArrayList<>(entities);
        Map<String, KbExtras> allExtras = new LinkedHashMap<>(extras);
        for (KbEntity country : CldrCountries.missingFrom(entities)) {
            all.add(country);
            allExtras.put(country.id(), new KbExtras(List.of(), CldrCountries.arabicDemonyms(country.nameAr()), null, "country", false));
        }
        return new KnowledgeBase(all, allExtras, firstNames);
    }

    /** The capital city of a country, when the knowledge base knows it ("capital": true on the city). */
    public java.util.Optional<String> capitalOf(String countryId) {
        return java.util.Optional.ofNullable(capitals.get(countryId));
    }

    /** The knowledge-base id of the country a place lies in (a city's country), when the knowledge base says. */
    public java.util.Optional<String> countryOf(String kbId) {
        KbExtras x = extras.get(kbId);
        return java.util.Optional.ofNullable(x == null ? null : x.country());
    }

    public List<KbEntity> entities() {
        return entities;
    }

    public Optional<KbEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Lexical hints about an entity that are not part of the public record. */
    KbExtras extras(String id) {
        return extras.getOrDefault(id, KbExtras.NONE);
    }

    /** First names (any script) that announce a person's name. */
    Set<String> firstNames() {
        return firstNames;
    }

    private static KbEntity entity(JsonNode n) {
        String id = required(n, "id");
        EntityType type = EntityType.valueOf(required(n, "type").toUpperCase(Locale.ROOT));
        List<KbRole> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            roles.add(new KbRole(required(r, "title"), text(r, "organization")));
        }
        return new KbEntity(id, type, required(n, "name"), text(n, "nameAr"), text(n, "nameFr"),
                strings(n.path("aliases")), text(n, "wikidataId"), roles);
    }

    private static String required(JsonNode n, String field) {
        String value = text(n, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("knowledge-base entry without " + field + ": " + n);
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    /**
     * Engine-only facts about an entity.
     *
     * @param contextAliases short forms that name the organization only inside a title or a list of counterparts
     *     ("الأمن الداخلي" after "المديرة العامة ل")
     * @param demonyms nationality adjectives of a country ("الفرنسي", "française", "French")
     * @param country id of the country an organization belongs to, nullable
     * @param category finer kind, nullable: "country", "city", "region", "media", "armed-group"…
     * @param capital whether the place is the capital of its country
     */
    record KbExtras(List<String> contextAliases, List<String> demonyms, String country, String category,
                    boolean capital) {
        static final KbExtras NONE = new KbExtras(List.of(), List.of(), null, null, false);

        boolean media() {
            return "media".equals(category);
        }
    }
}
