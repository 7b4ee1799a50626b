package org.marsad.entity.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names of people the knowledge base does not know, from their context: after a title or courtesy word
 * ("الصحفي ويليام مولينيي", "M. Jean Dupont"), or starting with a known first name ("عبد الحميد أبا عوض"). Later
 * mentions of the same name, or of its last word alone, are then found too.
 */
final class NameFinder {

    private static final int MAX_WORDS = 4;
    private static final Set<String> NAME_PARTICLES = Lexicons.NAME_PARTICLES.words();

    /** Second words of compound first names, which carry the article but do not end the name. */
    private static final Set<String> COMPOUND_ENDS = Lexicons.NAME_COMPOUND_ENDS.words();
    /** Nouns of institutions and offices, never a word of a person's name ("رئيس مجلس الوزراء"). */
    private static final Set<String> INSTITUTION_NOUNS = Lexicons.NAME_INSTITUTION_NOUNS.words();
    /** Courtesy pronouns that stand for a person already named ("التقى سموه …"): a name starts after them. */
    private static final Set<String> COURTESY_PRONOUNS = Lexicons.NAME_COURTESY_PRONOUNS.words();

    /** "بحضور X", "برئاسة X": words after which a name starts. */
    private static final Set<String> PRESENCE_WORDS = Lexicons.NAME_PRESENCE_WORDS.words();

    private final Set<String> firstNames = new java.util.HashSet<>();
    private final AliasTrie<TitleLexicon.Kind> titles = TitleLexicon.build();
    private final AliasTrie<TriggerLexicon.Trigger> triggers = TriggerLexicon.build();
    private final KbMatcher matcher;
    private final KnowledgeBase kb;

    NameFinder(KnowledgeBase kb, KbMatcher matcher) {
        this.matcher = matcher;
        this.kb = kb;
        for (String name : kb.firstNames()) {
            List<String> words = Tokenizer.words(name);
            if (words.size() == 1) {
                firstNames.add(words.get(0));
            }
        }
    }

    /** Adds mentions of unknown people; returns their display names by entity key. */
    Map<String, String> find(Document doc, MentionIndex mentions, List<TitleOccurrence> found) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<Integer> cueEnds = new java.util.HashSet<>();
        for (TitleOccurrence t : found) {
            // Courtesy words and professions announce a name right after them ("الصحفي ويليام مولينيي").
            // So does a minister's title that says which country ("وزير الداخلية البرتغالي جوزيه لويس كارنيرو").
            boolean announcesName = t.kind == TitleLexicon.Kind.HONORIFIC || t.kind == TitleLexicon.Kind.PROFESSION
                    || t.kind == TitleLexicon.Kind.RULER || t.kind == TitleLexicon.Kind.COUNTERPART
                    || t.kind == TitleLexicon.Kind.MINISTER && t.country != null;
            // "بتسليم نظيره الكويتي متهما …": after a counterpart, an indefinite noun (ending in ا) is no name.
            boolean indefinite = t.kind == TitleLexicon.Kind.COUNTERPART && t.to < doc.size() && doc.token(t.to).arabic()
                    && doc.word(t.to).endsWith("ا") && !firstNames.contains(doc.word(t.to));
            if (announcesName && !indefinite && t.to < doc.size() && doc.joinsPrevious(t.to)) {
                cueEnds.add(t.to);
            }
        }
        // "نظيريه العماني X والعراقي Y": after a counterpart, "and the <nationality>" announces the next peer's name.
        for (TitleOccurrence t : found) {
            if (t.kind != TitleLexicon.Kind.COUNTERPART) {
                continue;
            }
            int limit = doc.sentenceOf(t.from).tokenTo();
            for (int k = t.to; k < limit; k++) {
                AliasTrie.Hit<String> demonym = doc.word(k).startsWith("و") ? matcher.demonymAt(doc, k, limit) : null;
                if (demonym != null && demonym.to() < limit && doc.joinsPrevious(demonym.to())) {
                    cueEnds.add(demonym.to());
                }
            }
        }
        // "…بوزارة الداخلية الباكستانية، همايون خان، …": a name set off by commas right after an institution
        // or a position.
        Set<Integer> appositions = new java.util.HashSet<>();
        for (Mention m : mentions.all()) {
            if (m.type() == EntityType.ORGANIZATION && commaAfter(doc, m.to())) {
                appositions.add(m.to());
            }
        }
        for (TitleOccurrence t : found) {
            if (t.isPosition() && commaAfter(doc, t.to)) {
                appositions.add(t.to);
            }
        }
        // "مدير الشرطة الفيدرالية البرازيلية أندريه رودريغيز.": a name right after a head title and its institution.
        Set<Integer> afterPositions = new java.util.HashSet<>();
        for (TitleOccurrence t : found) {
            if (t.kind == TitleLexicon.Kind.HEAD && (!t.organizations.isEmpty() || !t.pending.isEmpty())
                    && t.to < doc.size() && doc.joinsPrevious(t.to)) {
                afterPositions.add(t.to);
            }
        }
        for (Sentence s : doc.sentences()) {
            if (!s.content()) {
                continue;
            }
            int i = s.tokenFrom();
            while (i < s.tokenTo()) {
                Mention covering = mentions.covering(i);
                if (covering != null) {
                    i = covering.to();
                    continue;
                }
                boolean afterTitle = cueEnds.contains(i) && !hasArticle(doc, i);
                boolean apposed = (appositions.contains(i) || afterPositions.contains(i)) && !hasArticle(doc, i);
                boolean firstName = startsWithFirstName(doc, i);
                int end = (afterTitle || apposed || firstName) ? nameEnd(doc, mentions, i, s.tokenTo()) : i;
                // Without a known first name, the name must end where the phrase does (comma, stop word, verb…);
                // set off by commas, it must be closed by one.
                int words = nameWords(doc, i, end);
                boolean bounded = firstName || afterTitle && (endsPhrase(doc, end, s.tokenTo())
                        || titles.longestAt(doc, end, s.tokenTo()) != null) && words <= 3
                        || apposed && words <= 3 && (end >= s.tokenTo() || commaAfter(doc, end));
                if (bounded && (end - i >= 2 || end - i == 1 && (afterTitle || apposed) && !doc.token(i).arabic()
                        && doc.capitalized(i))) {
                    Span span = doc.span(i, end);
                    String key = "new:" + NameKey.of(span.text());
                    if (mentions.add(new Mention(i, end, key, EntityType.PERSON, Mention.Origin.DISCOVERED))) {
                        names.merge(key, span.text(), (a, b) -> a.length() >= b.length() ? a : b);
                    }
                    i = end;
                } else {
                    i++;
                }
            }
        }
        namesBeforePositions(doc, mentions, found, names);
        findRepeats(doc, mentions, names);
        return names;
    }

    /**
     * "نهاد المشنوق وزير الداخلية اللبناني", "ورامل اوسوبوف وزير الشؤون الداخلية": Arabic writes a name before the
     * position it holds. Two or three name-like words right before a head or minister's title that names an
     * organization or a country, starting where a phrase starts (sentence start, punctuation, a verb, a
     * preposition, a courtesy word or the conjunction و).
     */
    private void namesBeforePositions(Document doc, MentionIndex mentions, List<TitleOccurrence> found,
                                      Map<String, String> names) {
        for (TitleOccurrence t : found) {
            int end = t.textFrom;
            // "ومايك بومبيو، وزير الخارجية": a comma may set the position off from the name it follows.
            boolean comma = commaAfter(doc, end) && doc.gap(end - 1, end).strip().length() == 1;
            if (!namesAPerson(t) || end < 2 || !doc.token(end).arabic() || !doc.joinsPrevious(end) && !comma
                    || mentions.covering(end - 1) != null
                    || doc.word(t.from).startsWith("و") && !titles.startsPhrase(doc.word(t.from))) {
                continue;
            }
            int limit = doc.sentenceOf(t.from).tokenFrom();
            for (int words = 2; words <= 3; words++) {
                int from = end - words;
                if (words == 3 && firstNames.contains(doc.word(end - 2))) {
                    break; // "… حده نهاد المشنوق وزير …": a known first name starts the name
                }
                if (from < limit || !nameRun(doc, mentions, from, end) || !startsPhrase(doc, from, limit)) {
                    continue;
                }
                // Set off by a comma, the name must open an item of a list or the sentence ("ومايك بومبيو، وزير"):
                // "على هامش الحفل، السفير …" is a phrase before a title, not a name.
                if (!doc.joinsPrevious(end) && from != limit && conjunction(doc, from) == 0) {
                    break;
                }
                // A sentence starting "وصل فيتوريو بيانكي المدير …" starts with a verb, not the name: a short first
                // word at the start of a sentence is taken for a verb unless it is a known first name.
                if (words == 3 && from == limit && doc.word(from).length() <= 3 && !firstNames.contains(doc.word(from))) {
                    break;
                }
                int trim = conjunction(doc, from);
                Span span = doc.span(from, end, trim);
                String key = "new:" + NameKey.of(span.text());
                if (mentions.add(new Mention(from, end, key, EntityType.PERSON, Mention.Origin.DISCOVERED, trim))) {
                    names.merge(key, span.text(), (a, b) -> a.length() >= b.length() ? a : b);
                }
                break;
            }
        }
    }

    /**
     * Whether a title written after a name says whose position it is: a minister, a head ("X أمينها العام", "X
     * الأمين العام لوزارة …"), or a profession that names a country or an institution ("X السفير الإيطالي", "X
     * القنصل العام لمملكة هولندا").
     */
    private static boolean namesAPerson(TitleOccurrence t) {
        return switch (t.kind) {
            case MINISTER, HEAD -> true;
            case PROFESSION -> t.country != null || !t.organizations.isEmpty() || !t.pending.isEmpty();
            default -> false;
        };
    }

    /** Whether tokens [from, to) could be an Arabic name: no article on the first word, no stop word, verb or title. */
    private boolean nameRun(Document doc, MentionIndex mentions, int from, int to) {
        for (int k = from; k < to; k++) {
            if (mentions.covering(k) != null || k > from && !doc.joinsPrevious(k)
                    || !nameLike(doc, k, to, true, k == from) || k == from && hasArticle(doc, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a phrase can start at token {@code i}: the sentence starts, or punctuation, a verb, a preposition,
     * a courtesy word or a conjunction comes before it. */
    private boolean startsPhrase(Document doc, int i, int sentenceFrom) {
        if (i == sentenceFrom || !doc.joinsPrevious(i) || commaAfter(doc, i) || conjunction(doc, i) > 0) {
            return true;
        }
        int before = i - 1;
        return StopWords.contains(doc.word(before)) || COURTESY_PRONOUNS.contains(doc.word(before))
                || PRESENCE_WORDS.contains(doc.word(before)) || triggers.longestAt(doc, before, i) != null
                || titles.longestAt(doc, before, i) != null;
    }

    /** Letters of a leading "و" to leave out ("ورامل" → "رامل"), unless the word is a first name as written. */
    private int conjunction(Document doc, int i) {
        String w = doc.word(i);
        return doc.token(i).arabic() && w.startsWith("و") && w.length() > 3 && !firstNames.contains(w)
                && doc.readings(i).contains(w.substring(1)) ? 1 : 0;
    }

    /**
     * Whether an Arabic word carries the article as written: "الخطيب" does, "أليكس" (Alex) does not, though folding
     * spells both with "ال".
     */
    private static boolean hasArticle(Document doc, int i) {
        return doc.word(i).startsWith("ال") && doc.span(i, i + 1).text().replaceFirst("^[وفب]", "").startsWith("ال");
    }

    /** Words of a name that are not particles: "فهد بن سعد القحطاني" has three. */
    private static int nameWords(Document doc, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!NAME_PARTICLES.contains(doc.word(k))) {
                n++;
            }
        }
        return n;
    }

    /** Whether a comma separates token {@code i} from the one before it. */
    private static boolean commaAfter(Document doc, int i) {
        if (i <= 0 || i >= doc.size()) {
            return false;
        }
        String gap = doc.gap(i - 1, i);
        return gap.contains("،") || gap.contains(",");
    }

    /** Whether a name ending before token {@code end} is followed by punctuation, a stop word or the sentence end. */
    private static boolean endsPhrase(Document doc, int end, int limit) {
        return end >= limit || !doc.joinsPrevious(end) || StopWords.contains(doc.word(end))
                || doc.token(end).arabic() && doc.word(end).startsWith("و") && doc.word(end).length() > 3;
    }

    private static boolean addSurname(AliasTrie<String> trie, List<String> words, String key) {
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (last.length() < 4 || NAME_PARTICLES.contains(last) || last.startsWith("ال") || StopWords.contains(last)) {
            return false;
        }
        trie.add(List.of(last), key);
        return true;
    }

    private boolean startsWithFirstName(Document doc, int i) {
        if (doc.token(i).arabic()) {
            String w = doc.word(i);
            if ((w.equals("عبد") || w.equals("عبدال")) && i + 1 < doc.size() && doc.joinsPrevious(i + 1)) {
                return true;
            }
            return firstNames.contains(w) || doc.readings(i).size() > 1 && firstNames.contains(doc.readings(i).get(1))
                    && doc.word(i).startsWith("و");
        }
        return doc.capitalized(i) && firstNames.contains(doc.word(i));
    }

    /** End of the run of name-like words starting at {@code i}. */
    private int nameEnd(Document doc, MentionIndex mentions, int i, int limit) {
        int j = i;
        boolean arabic = doc.token(i).arabic();
        int max = doc.word(i).equals("عبد") ? MAX_WORDS + 1 : MAX_WORDS;
        while (j < limit && nameWords(doc, i, j) < max) {
            if (j > i && !doc.joinsPrevious(j) || mentions.covering(j) != null) {
                break;
            }
            if (!nameLike(doc, j, limit, arabic, j == i)) {
                break;
            }
            String w = doc.word(j);
            j++;
            // A word with the article ends an Arabic name ("محمد الدخيسي"), unless it follows عبد/أبو or ends a
            // compound first name ("نور الدين", "سعد الدين").
            if (arabic && w.startsWith("ال") && j - i >= 2 && !doc.word(j - 2).equals("عبد")
                    && !COMPOUND_ENDS.contains(w) && !NAME_PARTICLES.contains(w)
                    && !NAME_PARTICLES.contains(doc.word(j - 2))) {
                break;
            }
        }
        // Do not end on a particle.
        while (j > i && NAME_PARTICLES.contains(doc.word(j - 1))) {
            j--;
        }
        return j;
    }

    private boolean nameLike(Document doc, int j, int limit, boolean arabic, boolean first) {
        Token t = doc.token(j);
        String w = t.text();
        if (t.arabic() != arabic || w.length() < 2 && !NAME_PARTICLES.contains(w) || Character.isDigit(w.charAt(0))) {
            return false;
        }
        // After "بن" the next word is a name even where it spells a preposition ("محمد بن على").
        boolean afterParticle = !first && j > 0 && NAME_PARTICLES.contains(doc.word(j - 1));
        if (INSTITUTION_NOUNS.contains(w) || COURTESY_PRONOUNS.contains(w)) {
            return false;
        }
        if (arabic && !first && NAME_PARTICLES.contains(w)) {
            return true; // "بن", "آل" inside a name, though some read as stop words
        }
        if (StopWords.contains(w) && !(arabic && !first && (afterParticle || isNameAli(doc, j, limit)))
                || DateLexicon.month(w) != null || DateLexicon.weekday(w) >= 0) {
            return false;
        }
        if (arabic) {
            if (w.startsWith("بال") || w.startsWith("وال") || w.startsWith("لل") || w.startsWith("فال")
                    || w.startsWith("كال")) {
                return false;
            }
        } else if (!doc.capitalized(j) && !NAME_PARTICLES.contains(w)) {
            return false;
        }
        // A title is not a name ("General Director …"), and ends one, one word ("السفير") or several ("وزير
        // الداخلية" after "محمود توفيق").
        if (first && !arabic && titles.longestAt(doc, j, limit) != null) {
            return false;
        }
        if (!first && (titles.longestAt(doc, j, limit) != null || matcher.demonymAt(doc, j, j + 1) != null)) {
            return false;
        }
        return triggers.longestAt(doc, j, j + 1) == null;
    }

    /**
     * "سالم علي الشامسي": folding makes the name علي and the preposition على one word; the text tells them apart when
     * it writes the name with a dotted ي and a name follows.
     */
    private static boolean isNameAli(Document doc, int j, int limit) {
        Span span = doc.span(j, j + 1);
        return span.text().endsWith("علي") && j + 1 < limit && doc.joinsPrevious(j + 1) && doc.token(j + 1).arabic()
                && !StopWords.contains(doc.word(j + 1));
    }

    /**
     * Later mentions of a person already named in full, by the last word of the name ("M. Wray", "مولينيي"), and
     * repeats of discovered names.
     */
    private void findRepeats(Document doc, MentionIndex mentions, Map<String, String> names) {
        AliasTrie<String> trie = new AliasTrie<>();
        boolean any = false;
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<String> words = Tokenizer.words(e.getValue());
            trie.add(words, e.getKey());
            addSurname(trie, words, e.getKey());
            any = true;
        }
        for (Mention m : mentions.all()) {
            if (m.type() != EntityType.PERSON || m.origin() != Mention.Origin.KB || m.to() - m.from() < 2) {
                continue;
            }
            KbEntity person = kb.byId(m.key()).orElse(null);
            if (person != null) {
                for (String alias : person.aliases()) {
                    any |= addSurname(trie, Tokenizer.words(alias), m.key());
                }
            }
        }
        if (!any) {
            return;
        }
        for (Sentence s : doc.sentences()) {
            if (!s.content()) {
                continue;
            }
            for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                if (mentions.covering(i) != null) {
                    continue;
                }
                AliasTrie.Hit<String> hit = trie.longestAt(doc, i, s.tokenTo());
                // A Latin surname counts only capitalized ("Stock", not "stock").
                boolean cased = hit != null && (doc.token(i).arabic() || doc.capitalized(i));
                if (cased && hit.values().size() == 1) {
                    mentions.add(new Mention(hit.from(), hit.to(), hit.values().get(0), EntityType.PERSON,
                            Mention.Origin.DISCOVERED));
                    i = hit.to() - 1;
                }
            }
        }
    }
}
