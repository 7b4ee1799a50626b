package org.marsad.entity.extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minister's title names a ministry: "وزير الداخلية الإسباني" speaks of Spain's interior ministry, "وزير العدل
 * بدولة قطر" of Qatar's justice ministry. The ministry is the knowledge base's when it knows that country's ministry,
 * else a new organization named in English ("Ministry of Interior (Lebanon)") so that every outlet's spelling of
 * the title leads to the same entity. The portfolio words and its title are counted as a mention of the ministry.
 */
final class MinistryFinder {

    /** The ministries a minister's title can name, with their English names. */
    enum Portfolio {
        INTERIOR("Interior"), INTERNAL_AFFAIRS("Internal Affairs"), JUSTICE("Justice"),
        FOREIGN_AFFAIRS("Foreign Affairs"), DEFENCE("Defence");

        final String english;

        Portfolio(String english) {
            this.english = english;
        }
    }

    /** Words that introduce the country after the title: "في دولة الكويت", "of the State of Qatar". */
    private static final java.util.Set<String> COUNTRY_LINKS = Lexicons.MINISTRY_COUNTRY_LINKS.words();

    private final KnowledgeBase kb;
    private final AliasTrie<String> portfolios = new AliasTrie<>();
    /** The knowledge base's organizations by country, where a minister's ministry is looked for. */
    private final Map<String, List<KbEntity>> organizationsByCountry = new java.util.HashMap<>();

    MinistryFinder(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity e : kb.entities()) {
            String country = kb.extras(e.id()).country();
            if (e.type() == EntityType.ORGANIZATION && country != null) {
                organizationsByCountry.computeIfAbsent(country, k -> new java.util.ArrayList<>()).add(e);
            }
        }
        Lexicons.MINISTRY_PORTFOLIOS.sections().forEach((header, forms) -> forms.forEach(
                form -> portfolios.add(Tokenizer.words(form), Portfolio.valueOf(Lexicon.value(header)).english)));
    }

    /** Gives each minister's title without an organization the ministry it names; returns new ministries' names. */
    Map<String, String> resolve(Document doc, List<TitleOccurrence> titles, MentionIndex mentions) {
        Map<String, String> discovered = new java.util.LinkedHashMap<>();
        for (TitleOccurrence t : titles) {
            if (t.kind != TitleLexicon.Kind.MINISTER || !t.organizations.isEmpty() || !t.pending.isEmpty()) {
                continue;
            }
            AliasTrie.Hit<String> portfolio = portfolioIn(doc, t);
            if (portfolio == null) {
                continue;
            }
            String english = portfolio.values().get(0);
            int titleEnd = t.to;
            String country = t.country;
            if (country == null) {
                Mention after = countryAfter(doc, t, mentions);
                if (after != null) {
                    country = after.key();
                    t.country = country; // the country is part of the title, not a place of events
                    t.to = after.to();
                }
            }
            String ministry = country == null ? null : knownMinistry(country, english).orElse(null);
            if (ministry == null && country == null) {
                ministry = heldByPerson(t, english).orElse(null);
            }
            String name = null;
            if (ministry == null && country != null) {
                name = "Ministry of " + english + " (" + kb.byId(country).map(KbEntity::name).orElse(country) + ")";
                ministry = "new:" + NameKey.of(name);
            }
            if (ministry == null) {
                continue;
            }
            int end = portfolio.to();
            while (end < titleEnd && mentions.covering(end) == null) {
                end++;
            }
            if (mentions.add(new Mention(portfolio.from(), end, ministry, EntityType.ORGANIZATION, Mention.Origin.TITLE))
                    && name != null) {
                discovered.put(ministry, name);
            }
            t.organizations.add(ministry);
        }
        return discovered;
    }

    private AliasTrie.Hit<String> portfolioIn(Document doc, TitleOccurrence t) {
        for (int i = t.from; i < t.headTo; i++) {
            AliasTrie.Hit<String> hit = portfolios.longestAt(doc, i, t.headTo);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** A country named after the title by a preposition: "… في دولة الكويت". */
    private Mention countryAfter(Document doc, TitleOccurrence t, MentionIndex mentions) {
        int k = t.to;
        while (k < doc.size() && k < t.to + 3 && doc.joinsPrevious(k) && COUNTRY_LINKS.contains(doc.word(k))) {
            k++;
        }
        Mention m = k < doc.size() && doc.joinsPrevious(k) ? mentions.at(k) : null;
        return m != null && m.type() == EntityType.LOCATION && !kb.extras(m.key()).demonyms().isEmpty() ? m : null;
    }

    private Optional<String> knownMinistry(String country, String english) {
        return organizationsByCountry.getOrDefault(country, List.of()).stream()
                .filter(e -> e.name().startsWith("Ministry of " + english) || e.name().startsWith("Ministry of the " + english)
                        || e.name().contains(" Ministry of the " + english) || e.name().contains(" Ministry of " + english))
                .map(KbEntity::id).findFirst();
    }

    /** The ministry of that portfolio among the known roles of the person holding the title. */
    private Optional<String> heldByPerson(TitleOccurrence t, String english) {
        if (t.personKey == null) {
            return Optional.empty();
        }
        return kb.byId(t.personKey).stream().flatMap(p -> p.roles().stream())
                .map(KbRole::organizationId).filter(java.util.Objects::nonNull)
                .filter(org -> kb.byId(org).map(o -> o.name().contains("Ministry of " + english)
                        || o.name().contains("Ministry of the " + english)).orElse(false))
                .findFirst();
    }
}
