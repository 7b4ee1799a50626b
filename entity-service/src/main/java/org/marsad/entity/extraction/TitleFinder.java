package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.commons.text.ArabicClitics;

/**
 * Finds titles and what they name: the organizations after a head title ("المدير العام للأمن الوطني ولمراقبة
 * التراب الوطني" → DGSN and DGST, each also counted as mentioned there), the country of a minister, and — once
 * names are known — the person holding the title, next to it on either side ("وزير الداخلية الفرنسي، برونو
 * روتايو", "فريديريك فو، المدير العام للشرطة الوطنية الفرنسية").
 */
final class TitleFinder {

    /** Words that end the stretch between a minister's title and the name. */
    private static final Set<String> STOP = Lexicons.TITLE_STOP_WORDS.words();
    private static final Set<String> ORGANIZATION_LINK_WORDS = Lexicons.TITLE_ORGANIZATION_LINKS.words();

    private final KnowledgeBase kb;
    private final KbMatcher matcher;
    private final AliasTrie<TitleLexicon.Kind> titles = TitleLexicon.build();

    TitleFinder(KnowledgeBase kb, KbMatcher matcher) {
        this.kb = kb;
        this.matcher = matcher;
    }

    /** Titles in the title and prose of the document, with the organizations and countries they name. */
    List<TitleOccurrence> find(Document doc, MentionIndex mentions) {
        List<TitleOccurrence> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.content()) {
                continue;
            }
            int i = s.tokenFrom();
            while (i < s.tokenTo()) {
                if (mentions.at(i) != null && mentions.at(i).type() != EntityType.ORGANIZATION) {
                    i = mentions.at(i).to();
                    continue;
                }
                AliasTrie.Hit<TitleLexicon.Kind> hit = titles.longestAt(doc, i, s.tokenTo());
                // A title word must not swallow the start of a name: "أمير" + "دولة قطر", not "أمير دولة" + "قطر".
                for (int k = i + 1; hit != null && k < hit.to(); k++) {
                    if (mentions.at(k) != null) {
                        hit = titles.longestAt(doc, i, k);
                        break;
                    }
                }
                if (hit == null || !plausibleHead(doc, hit)) {
                    i++;
                    continue;
                }
                TitleOccurrence t = new TitleOccurrence(hit.from(), hit.to(), hit.values().get(0));
                readObject(doc, mentions, t, s.tokenTo());
                out.add(t);
                i = Math.max(t.to, i + 1);
            }
        }
        return out;
    }

    /** Attaches each position to the person named next to it and resolves its short organization forms. */
    void attach(Document doc, List<TitleOccurrence> found, MentionIndex mentions) {
        TitleOccurrence previous = null;
        for (TitleOccurrence t : found) {
            if (t.isPosition()) {
                t.personKey = personAfter(doc, t, found, mentions);
                if (t.personKey == null) {
                    t.personKey = personBefore(doc, t, mentions);
                }
                // "X، المدير العام للأمن الوطني والمدير العام لمراقبة التراب الوطني": the second title is X's too.
                if (t.personKey == null && previous != null && previous.to == t.from && previous.personKey != null
                        && doc.word(t.from).startsWith("و")) {
                    t.personKey = previous.personKey;
                }
                // "X نائب رئيس مجلس الوزراء وزير الداخلية": Arabic stacks one person's titles without a conjunction.
                if (t.personKey == null && previous != null && previous.personKey != null && previous.isPosition()
                        && stacked(doc, previous, t, mentions)) {
                    t.personKey = previous.personKey;
                }
            }
            resolvePending(doc, t, mentions);
            t.text = titleText(doc, t);
            previous = t;
        }
    }

    /** Roles stated by the titles that have a person. */
    List<FoundRole> roles(Document doc, List<TitleOccurrence> found, MentionIndex mentions) {
        List<FoundRole> roles = new ArrayList<>();
        for (TitleOccurrence t : found) {
            if (t.personKey == null || t.kind == TitleLexicon.Kind.HONORIFIC || t.kind == TitleLexicon.Kind.COUNTERPART) {
                continue;
            }
            Mention person = mentions.nearestOf(t.personKey, t.from);
            int from = Math.min(t.from, person == null ? t.from : person.from());
            int to = Math.max(t.to, person == null ? t.to : person.to());
            Span evidence = doc.span(from, to);
            String title = t.text;
            if (t.organizations.isEmpty()) {
                roles.add(new FoundRole(t.personKey, title, null, evidence));
            }
            for (String org : t.organizations) {
                roles.add(new FoundRole(t.personKey, title, org, evidence));
            }
        }
        return roles;
    }

    /** The title as written, without a leading conjunction or preposition ("بالمدير العام…" → "المدير العام…"). */
    String titleText(Document doc, TitleOccurrence t) {
        if (t.textFrom < t.from) {
            return doc.span(t.textFrom, t.to).text();
        }
        Span span = doc.span(t.from, t.to);
        String first = doc.word(t.from);
        int skip = 0;
        if (doc.token(t.from).arabic()) {
            if ((first.startsWith("و") || first.startsWith("ف")) && !titles.startsPhrase(first)
                    && doc.readings(t.from).contains(first.substring(1))) {
                skip = 1;
            }
            String rest = first.substring(skip);
            if ((rest.startsWith("ب") || rest.startsWith("ك")) && rest.startsWith("ال", 1)) {
                skip++;
            }
        }
        if (skip == 0) {
            return span.text();
        }
        int start = doc.span(t.from, t.from + 1).start();
        // Skip the clitic letters in the original text (diacritics may sit between them).
        int letters = 0;
        int k = start;
        while (k < span.end() && letters < skip) {
            if (Character.isLetter(doc.original().charAt(k))) {
                letters++;
            }
            k++;
        }
        return doc.original().substring(k, span.end());
    }

    /** Courtesy and profession words need a capitalized name after them in Latin script ("M. Dupont", not "m"). */
    private boolean plausibleHead(Document doc, AliasTrie.Hit<TitleLexicon.Kind> hit) {
        if (doc.token(hit.from()).arabic()) {
            return true;
        }
        TitleLexicon.Kind kind = hit.values().get(0);
        if (kind == TitleLexicon.Kind.HONORIFIC) {
            return hit.to() < doc.size() && doc.capitalized(hit.to()) && doc.capitalized(hit.from());
        }
        return true;
    }

    /** Reads the organizations, country and qualifiers after the head word. */
    private void readObject(Document doc, MentionIndex mentions, TitleOccurrence t, int limit) {
        int j = t.headTo;
        if (t.kind == TitleLexicon.Kind.COUNTERPART) {
            j = skipCountryAdjective(doc, t, j, limit);
            // "نظرائه بكل من …", "ses homologues de …"
            while (j < limit && (doc.reads(j, "كل") || doc.reads(j, "من") || doc.word(j).equals("de")
                    || doc.word(j).equals("du") || doc.word(j).equals("des"))) {
                j++;
            }
        }
        if (t.kind == TitleLexicon.Kind.HONORIFIC) {
            return;
        }
        if (t.kind == TitleLexicon.Kind.PROFESSION) {
            // "السفير البريطاني"، "سفير جمهورية الغابون": a profession may name the country it serves.
            t.to = skipCountryAdjective(doc, t, j, limit);
            if (t.country == null) {
                readCountry(doc, mentions, t, j, limit);
            }
            return;
        }
        j = skipLatinLinks(doc, j, limit);
        boolean first = true;
        while (j < limit) {
            int k = j;
            if (!first) {
                // Coordination: "ولمراقبة…", "و لمراقبة…", "et de la…", "and the…"
                if (isConjunctionWord(doc, k)) {
                    k++;
                } else if (!doc.word(k).startsWith("و") || !doc.token(k).arabic()) {
                    break;
                }
                k = skipLatinLinks(doc, k, limit);
            }
            int next = readOrganization(doc, mentions, t, k, limit);
            if (next < 0) {
                break;
            }
            j = next;
            t.to = j;
            first = false;
        }
        if (t.organizations.isEmpty() && t.pending.isEmpty() && t.kind == TitleLexicon.Kind.HEAD
                && !doc.token(t.from).arabic() && doc.joinsPrevious(t.from)) {
            // English puts the organization first: "FBI Director Kash Patel", "Interpol Secretary General …".
            int end = t.from;
            if (doc.word(end - 1).equals("s") && doc.gap(end - 2 < 0 ? 0 : end - 2, end - 1).equals("'")) {
                end--; // "The FBI's Director"
            }
            Mention before = mentions.endingAt(end);
            if (before != null && before.type() == EntityType.ORGANIZATION) {
                t.organizations.add(before.key());
                t.textFrom = before.from();
            }
        }
        if (t.organizations.isEmpty() && t.pending.isEmpty() && readCountry(doc, mentions, t, j, limit)) {
            return;
        }
        t.to = skipCountryAdjective(doc, t, t.to, limit);
        // "المدير العام للشرطة الاتحادية بدولة ألمانيا": the country the organization belongs to ends the title.
        int k = t.to;
        boolean state = k < limit && doc.reads(k, "دوله") && doc.word(k).startsWith("ب");
        if (state) {
            k++;
        }
        Mention country = k < limit && doc.joinsPrevious(k) ? mentions.at(k) : null;
        if (country != null && country.type() == EntityType.LOCATION && isCountry(country.key())
                && (!t.organizations.isEmpty() || !t.pending.isEmpty())
                && (state || doc.word(k).startsWith("ب") || doc.reads(k, "دوله"))) {
            if (t.country == null) {
                t.country = country.key();
            }
            t.to = country.to();
        }
    }

    /** "أمير دولة قطر", "ministre de l'Intérieur français": a country instead of an organization, at {@code j}. */
    private boolean readCountry(Document doc, MentionIndex mentions, TitleOccurrence t, int j, int limit) {
        int k = j;
        boolean state = KbMatcher.statesACountry(doc, k);
        if (state) {
            k++;
        }
        Mention m = k < limit ? mentions.at(k) : null;
        if (m != null && m.type() == EntityType.LOCATION && kb.byId(m.key()).isPresent()
                && (t.kind != TitleLexicon.Kind.PROFESSION || state || isCountry(m.key()))) {
            t.country = m.key();
            t.to = m.to();
            return true;
        }
        return false;
    }

    /** Reads one organization at {@code k}; returns the token after it, or -1. */
    private int readOrganization(Document doc, MentionIndex mentions, TitleOccurrence t, int k, int limit) {
        if (k >= limit) {
            return -1;
        }
        Mention m = mentions.at(k);
        if (m != null && m.type() == EntityType.ORGANIZATION) {
            t.organizations.add(m.key());
            // "مدير قطاع التدريب بالإنتربول": the institution a unit belongs to is part of the title too.
            Mention parent = m.to() < limit && doc.joinsPrevious(m.to()) ? mentions.at(m.to()) : null;
            boolean attached = parent != null && parent.type() == EntityType.ORGANIZATION && doc.token(m.to()).arabic()
                    && (doc.word(m.to()).startsWith("ب") || doc.word(m.to()).startsWith("ل"));
            return attached ? parent.to() : m.to();
        }
        if (m != null) {
            return -1;
        }
        AliasTrie.Hit<String> ctx = matcher.contextAt(doc, k, limit);
        if (ctx == null) {
            return -1;
        }
        String country = null;
        AliasTrie.Hit<String> adjective = matcher.demonymAt(doc, ctx.to(), limit);
        if (adjective != null) {
            country = adjective.values().get(0);
        }
        t.pending.add(new TitleOccurrence.PendingOrganization(ctx.from(), ctx.to(), ctx.values(), country,
                matcher.contextConjunctionLength(doc, ctx.from())));
        return adjective != null ? adjective.to() : ctx.to();
    }

    private int skipCountryAdjective(Document doc, TitleOccurrence t, int j, int limit) {
        AliasTrie.Hit<String> adjective = j < limit ? matcher.demonymAt(doc, j, limit) : null;
        if (adjective != null) {
            if (t.country == null) {
                t.country = adjective.values().get(0);
            }
            return adjective.to();
        }
        return j;
    }

    private static int skipLatinLinks(Document doc, int j, int limit) {
        while (j < limit && !doc.token(j).arabic() && ORGANIZATION_LINK_WORDS.contains(doc.word(j))) {
            j++;
        }
        return j;
    }

    private static boolean isConjunctionWord(Document doc, int k) {
        String w = doc.word(k);
        return w.equals("و") || w.equals("et") || w.equals("and");
    }

    /** Resolves short organization forms using, in order, the nationality next to them, the country named right
     * after the title, and the known roles of the person holding the title. */
    private void resolvePending(Document doc, TitleOccurrence t, MentionIndex mentions) {
        if (t.pending.isEmpty()) {
            return;
        }
        String trailingCountry = countryAfter(doc, t, mentions);
        for (TitleOccurrence.PendingOrganization p : t.pending) {
            String chosen = null;
            String country = p.country() != null ? p.country() : t.country != null ? t.country : trailingCountry;
            if (country != null) {
                chosen = onlyOne(p.candidates(), c -> country.equals(kb.extras(c).country()));
            }
            if (chosen == null && t.personKey != null) {
                KbEntity person = kb.byId(t.personKey).orElse(null);
                if (person != null) {
                    chosen = onlyOne(p.candidates(),
                            c -> person.roles().stream().anyMatch(r -> c.equals(r.organizationId())));
                }
            }
            if (chosen == null && country == null && p.candidates().size() == 1) {
                chosen = p.candidates().get(0);
            }
            if (chosen != null) {
                t.organizations.add(chosen);
                EntityType type = kb.byId(chosen).map(KbEntity::type).orElse(EntityType.ORGANIZATION);
                mentions.add(new Mention(p.from(), p.to(), chosen, type, Mention.Origin.TITLE, p.trim()));
            }
        }
    }

    /** A country named right after the title with "in/of" ("المدير العام للأمن الخارجي بفرنسا"). */
    private String countryAfter(Document doc, TitleOccurrence t, MentionIndex mentions) {
        if (t.to >= doc.size() || !doc.joinsPrevious(t.to)) {
            return null;
        }
        Mention m = mentions.at(t.to);
        if (m != null && m.type() == EntityType.LOCATION && isCountry(m.key())) {
            return m.key();
        }
        return null;
    }

    private boolean isCountry(String key) {
        return !kb.extras(key).demonyms().isEmpty();
    }

    private String personAfter(Document doc, TitleOccurrence t, List<TitleOccurrence> found, MentionIndex mentions) {
        int k = t.to;
        if (k >= doc.size() || !sameSentence(doc, t.from, k) || stopsBetween(doc, k)) {
            return null;
        }
        // Skip a courtesy word: "المديرة العامة … السيدة سيلين بيرتون"
        for (TitleOccurrence other : found) {
            if (other.from == k && other.kind == TitleLexicon.Kind.HONORIFIC) {
                k = other.to;
            }
        }
        int limit = t.kind == TitleLexicon.Kind.MINISTER || t.kind == TitleLexicon.Kind.RULER ? k + 5 : k + 1;
        for (int j = k; j < Math.min(limit, doc.size()); j++) {
            if (!sameSentence(doc, t.from, j)) {
                return null;
            }
            Mention m = mentions.at(j);
            if (m != null && m.type() == EntityType.PERSON) {
                // "…اللبناني، ورامل اوسوبوف وزير…": a name led by "و" starts the next item of a list.
                return j == t.to && m.trim() > 0 ? null : m.key();
            }
            if (m != null || STOP.contains(doc.readings(j).get(doc.readings(j).size() - 1))
                    || STOP.contains(doc.word(j)) || j > k && doc.gap(j - 1, j).contains(",")
                    || j > k && doc.gap(j - 1, j).contains("،")) {
                return null;
            }
        }
        return null;
    }

    private String personBefore(Document doc, TitleOccurrence t, MentionIndex mentions) {
        if (t.textFrom == 0) {
            return null;
        }
        Mention m = mentions.endingAt(t.textFrom);
        if (m == null || m.type() != EntityType.PERSON || !sameSentence(doc, m.from(), t.from)) {
            return null;
        }
        String gap = doc.gap(t.textFrom - 1, t.textFrom);
        if (doc.token(t.textFrom).arabic() && doc.word(t.textFrom).startsWith("و") && !titles.startsPhrase(doc.word(t.textFrom))) {
            return null; // "X، ومدير …": the conjunction starts a new item of a list, not an apposition to X
        }
        boolean comma = gap.contains("،") || gap.contains(",");
        boolean plain = gap.isBlank() && !ArabicClitics.hasPreposition(doc.word(t.from))
                && !(doc.word(t.from).startsWith("و") && !titles.startsPhrase(doc.word(t.from)));
        return comma || plain ? m.key() : null;
    }

    /** Whether {@code t} follows {@code previous} within a few plain words of its object, with no break between. */
    private boolean stacked(Document doc, TitleOccurrence previous, TitleOccurrence t, MentionIndex mentions) {
        if (doc.word(t.from).startsWith("و") && !titles.startsPhrase(doc.word(t.from))) {
            return false;
        }
        if (t.from < previous.to || t.from - previous.to > 3 || !doc.token(t.from).arabic()
                || !sameSentence(doc, previous.from, t.from)) {
            return false;
        }
        for (int k = previous.to; k <= t.from; k++) {
            if (k > previous.from && !doc.joinsPrevious(k) || k < t.from && mentions.covering(k) != null
                    && mentions.covering(k).type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** A full stop, a line break or a colon between the title and what follows ends the apposition. */
    private static boolean stopsBetween(Document doc, int k) {
        String gap = doc.gap(k - 1, k);
        return gap.contains(".") || gap.contains("\n") || gap.contains(":") || gap.contains("(");
    }

    private static boolean sameSentence(Document doc, int a, int b) {
        return b < doc.size() && doc.sentenceOf(a).index() == doc.sentenceOf(b).index();
    }

    private static String onlyOne(List<String> candidates, java.util.function.Predicate<String> test) {
        String found = null;
        for (String c : candidates) {
            if (test.test(c)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Persons the title refers to when it stands alone, by organization: from stated roles, then KB roles. */
    static Map<String, String> holdersByOrganization(List<FoundRole> roles) {
        Map<String, String> out = new HashMap<>();
        for (FoundRole r : roles) {
            if (r.organizationKey() != null) {
                out.putIfAbsent(r.organizationKey(), r.personKey());
            }
        }
        return out;
    }
}
