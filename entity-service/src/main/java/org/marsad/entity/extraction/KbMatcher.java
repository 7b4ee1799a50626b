package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;
import org.marsad.commons.text.ArabicClitics;

/**
 * Finds knowledge-base entities in a document: every alias, name and acronym is indexed in a word trie once; a
 * document is scanned left to right taking the longest alias at each word (names in page noise are skipped).
 */
final class KbMatcher {

    private final KnowledgeBase kb;
    private final AliasTrie<AliasTarget> aliases = new AliasTrie<>();
    private final AliasTrie<String> contextAliases = new AliasTrie<>();
    private final AliasTrie<String> demonyms = new AliasTrie<>();
    /** Every alias word of each entity, to choose between entities sharing an alias ("كأس العالم"). */
    private final java.util.Map<String, java.util.Set<String>> aliasWords = new java.util.HashMap<>();
    /** Year of each dated edition of a recurring happening ("Paris 2024 Olympics" → 2024), from its name. */
    private final java.util.Map<String, Integer> editionYears = new java.util.HashMap<>();
    private static final java.util.Set<String> CAPITAL_WORDS = Lexicons.PLACE_CAPITAL_WORDS.words();
    private static final java.util.Set<String> STATE_WORDS = Lexicons.PLACE_STATE_WORDS.words();
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");


    KbMatcher(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity e : kb.entities()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            if (e.nameAr() != null) {
                forms.add(e.nameAr());
            }
            if (e.nameFr() != null) {
                forms.add(e.nameFr());
            }
            for (String form : forms) {
                List<String> words = Tokenizer.words(form);
                // Acronyms count only in capitals; one-word Latin names only capitalized ("Vienne", not "vienne").
                Casing casing = isAcronym(form) ? Casing.UPPER
                        : words.size() == 1 && !words.get(0).isEmpty() && !TextNormalizer.isArabicLetter(words.get(0).charAt(0))
                        && Character.isUpperCase(form.charAt(0)) ? Casing.CAPITALIZED : Casing.ANY;
                // Long English display names with a parenthesis ("DGSN (General ...)") are not surface forms.
                if (form.indexOf('(') >= 0) {
                    continue;
                }
                AliasTarget target = new AliasTarget(e.id(), casing);
                aliases.add(words, target);
                List<String> split = splitConjunctions(words);
                if (!split.equals(words)) {
                    aliases.add(split, target);
                }
                for (String w : words) {
                    aliasWords.computeIfAbsent(e.id(), k -> new java.util.HashSet<>()).add(ArabicClitics.aliasCore(w));
                }
            }
            java.util.regex.Matcher year = YEAR.matcher(e.name());
            if (e.type() == EntityType.EVENT_NAME && year.find()) {
                editionYears.put(e.id(), Integer.parseInt(year.group()));
            }
            KnowledgeBase.KbExtras extras = kb.extras(e.id());
            for (String form : extras.contextAliases()) {
                contextAliases.add(Tokenizer.words(form), e.id());
            }
            for (String form : extras.demonyms()) {
                demonyms.add(Tokenizer.words(form), e.id());
            }
        }
    }

    /**
     * KB mentions in the title and prose of the document, left to right, never overlapping. The publication date
     * (nullable) tells which edition a bare "Olympics" means.
     */
    List<Mention> match(Document doc, java.time.LocalDate published) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.content()) {
                continue;
            }
            int i = s.tokenFrom();
            while (i < s.tokenTo()) {
                Mention m = matchAt(doc, i, s.tokenTo(), published);
                if (m == null) {
                    m = capitalAt(doc, i, s.tokenTo());
                }
                if (m == null) {
                    i++;
                } else {
                    out.add(m);
                    i = m.to();
                }
            }
        }
        return out;
    }

    /**
     * "بالعاصمة التونسية", "la capitale tunisienne", "the Tunisian capital": a country's capital named by its
     * nationality, as a mention of the capital city; null when there is none or the knowledge base does not know it.
     */
    private Mention capitalAt(Document doc, int i, int limit) {
        int end;
        AliasTrie.Hit<String> nationality;
        if (doc.readsAny(i, CAPITAL_WORDS) && i + 1 < limit && doc.joinsPrevious(i + 1)) {
            nationality = demonymAt(doc, i + 1, limit);
            end = nationality == null ? -1 : nationality.to();
        } else {
            // "the Tunisian capital": look the nationality up only where a word for "capital" follows soon.
            boolean capitalNear = !doc.token(i).arabic() && (i + 1 < limit && doc.readsAny(i + 1, CAPITAL_WORDS)
                    || i + 2 < limit && doc.readsAny(i + 2, CAPITAL_WORDS));
            nationality = capitalNear ? demonymAt(doc, i, limit) : null;
            boolean followed = nationality != null && nationality.to() < limit && doc.joinsPrevious(nationality.to())
                    && doc.readsAny(nationality.to(), CAPITAL_WORDS);
            end = followed ? nationality.to() + 1 : -1;
        }
        if (end < 0 || nationality.values().size() != 1) {
            return null;
        }
        return kb.capitalOf(nationality.values().get(0))
                .map(city -> new Mention(i, end, city, EntityType.LOCATION, Mention.Origin.KB)).orElse(null);
    }

    /** The KB mention starting at token {@code i}, or null. */
    Mention matchAt(Document doc, int i, int limit, java.time.LocalDate published) {
        AliasTrie.Hit<AliasTarget> hit = aliases.longestAt(doc, i, limit);
        while (hit != null) {
            List<String> candidates = new ArrayList<>();
            for (AliasTarget target : hit.values()) {
                if (casedLike(doc, hit, target.casing())) {
                    candidates.add(target.entityId());
                }
            }
            if (!candidates.isEmpty()) {
                KbEntity e = kb.byId(choose(doc, hit, candidates, published)).orElseThrow();
                return new Mention(hit.from(), hit.to(), e.id(), e.type(), Mention.Origin.KB,
                        conjunctionLength(doc, hit.from(), aliases));
            }
            // Only lower-case lookalikes of an acronym: try a shorter phrase.
            hit = hit.to() - 1 > i ? aliases.longestAt(doc, i, hit.to() - 1) : null;
        }
        return null;
    }

    /**
     * 1 when the first word starts with the conjunction و or ف that is not part of the name ("وباريس", "ولمراقبة"),
     * else 0. Names that start with those letters ("وجدة", "فرنسا") are indexed as written and keep them.
     */
    static int conjunctionLength(Document doc, int i, AliasTrie<?> trie) {
        String w = doc.word(i);
        if (!doc.token(i).arabic() || w.length() < 3 || w.charAt(0) != 'و' && w.charAt(0) != 'ف') {
            return 0;
        }
        return trie.startsPhrase(w) ? 0 : 1;
    }

    /** Organizations a short title form may name ("الأمن الداخلي"), starting at token {@code i}. */
    AliasTrie.Hit<String> contextAt(Document doc, int i, int limit) {
        return contextAliases.longestAt(doc, i, limit);
    }

    /** Letters of a leading conjunction before a short title form ("والأمن الداخلي"). */
    int contextConjunctionLength(Document doc, int i) {
        return conjunctionLength(doc, i, contextAliases);
    }

    /** Countries a nationality adjective starting at token {@code i} refers to ("الفرنسية" → france). */
    /** Whether token {@code k} is a word for "state" before a country's name ("بدولة", "جمهورية", "لمملكة"). */
    static boolean statesACountry(Document doc, int k) {
        return doc.readsAny(k, STATE_WORDS);
    }

    /** Whether the entity is a country (it has nationality adjectives). */
    boolean isCountry(String key) {
        return !kb.extras(key).demonyms().isEmpty();
    }

    AliasTrie.Hit<String> demonymAt(Document doc, int i, int limit) {
        return demonyms.longestAt(doc, i, limit);
    }

    /**
     * The entity an alias shared by several means here: the one whose other alias words (a year, a host country)
     * occur in the same sentence; else, for editions of a recurring happening, the one current or next at
     * publication; the first listed when nothing tells them apart.
     */
    private String choose(Document doc, AliasTrie.Hit<AliasTarget> hit, List<String> candidates,
                          java.time.LocalDate published) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        java.util.Set<String> shared = new java.util.HashSet<>(aliasWords.getOrDefault(candidates.get(0), java.util.Set.of()));
        for (String c : candidates) {
            shared.retainAll(aliasWords.getOrDefault(c, java.util.Set.of()));
        }
        Sentence s = doc.sentenceOf(hit.from());
        String best = candidates.get(0);
        int bestScore = 0;
        for (String c : candidates) {
            java.util.Set<String> words = aliasWords.getOrDefault(c, java.util.Set.of());
            int score = 0;
            for (int t = s.tokenFrom(); t < s.tokenTo(); t++) {
                if (t >= hit.from() && t < hit.to()) {
                    continue;
                }
                for (String r : doc.readings(t)) {
                    if (words.contains(r) && !shared.contains(r)) {
                        score++;
                        break;
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return bestScore == 0 && published != null ? editionAt(candidates, published.getYear(), best) : best;
    }

    /** The edition held in {@code year} or the first one after it; the latest before it when none is left. */
    private String editionAt(List<String> candidates, int year, String fallback) {
        String next = null;
        String last = null;
        for (String c : candidates) {
            Integer y = editionYears.get(c);
            if (y == null) {
                continue;
            }
            if (y >= year && (next == null || y < editionYears.get(next))) {
                next = c;
            }
            if (y < year && (last == null || y > editionYears.get(last))) {
                last = c;
            }
        }
        return next != null ? next : last != null ? last : fallback;
    }

    /** "الساحل والصحراء" is also written "الساحل و الصحراء": the conjunction as a word of its own. */
    private static List<String> splitConjunctions(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String w : words) {
            if (w.length() >= 4 && w.charAt(0) == 'و' && TextNormalizer.isArabicLetter(w.charAt(1)) && w.charAt(1) != 'و') {
                out.add("و");
                out.add(w.substring(1));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** An acronym must be written in capitals, a one-word name at least capitalized. */
    private static boolean casedLike(Document doc, AliasTrie.Hit<AliasTarget> hit, Casing casing) {
        return switch (casing) {
            case ANY -> true;
            case CAPITALIZED -> doc.token(hit.from()).arabic() || doc.capitalized(hit.from());
            case UPPER -> allUpper(doc, hit.from(), hit.to());
        };
    }

    private static boolean allUpper(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!doc.token(i).arabic() && !Character.isDigit(doc.word(i).charAt(0)) && !doc.upperCase(i)) {
                return false;
            }
        }
        return true;
    }

    /** Acronyms ("DGSN", "FBI") must be written in capitals to count, so common words are not taken for them. */
    private static boolean isAcronym(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 7;
    }

    /** How the text must be written for an alias to count. */
    enum Casing { ANY, CAPITALIZED, UPPER }

    /** An alias entry: the entity and how it must be written. */
    record AliasTarget(String entityId, Casing casing) {}
}
