package org.marsad.entity.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds organizations the knowledge base does not know, from their head noun: in Arabic a head ("وزارة",
 * "جهاز", "الشرطة"…) followed by a chain of definite words that names a nationality ("وزارة الداخلية
 * الباكستانية"); in English and French a capitalized phrase holding a head ("Federal Investigation Agency",
 * "Direction centrale de la police judiciaire").
 */
final class OrganizationFinder {

    private static final int MAX_WORDS = 7;
    /**
     * Heads of institution names. Collective words ("الأمن المغربي", "القوات المغربية", "مصالح الأمن") are left
     * out on purpose: they speak of a country's forces in general, not of one institution.
     */
    private static final Set<String> ARABIC_HEADS = Lexicons.ORGANIZATION_ARABIC_HEADS.words();
    /** Heads that name an institution only with a qualifier before the nationality ("الشرطة الفيدرالية البرازيلية",
     * not "الشرطة الفرنسية", which is a country's police in general). */
    private static final Set<String> QUALIFIED_HEADS = Lexicons.ORGANIZATION_QUALIFIED_HEADS.words();
    private static final Set<String> LATIN_HEADS = Lexicons.ORGANIZATION_LATIN_HEADS.words();
    /** Heads written first in French ("Direction centrale de…"), where the words after them are lower case. */
    private static final Set<String> FRENCH_LEADING_HEADS = Lexicons.ORGANIZATION_FRENCH_LEADING_HEADS.words();
    private static final Set<String> LINKS = Lexicons.ORGANIZATION_LINKS.words();
    /** Links that attach a name's object to its head ("Ministry of …", "Office for …"); "and" joins two names. */
    private static final Set<String> OF_LINKS = Lexicons.ORGANIZATION_OBJECT_LINKS.words();

    private static final Set<String> TITLE_WORDS = Lexicons.ORGANIZATION_LATIN_TITLE_WORDS.words();
    private static final Set<String> UNIT_HEADS = Lexicons.ORGANIZATION_UNIT_HEADS.words();
    private static final Set<String> UNIT_LINKS = Lexicons.ORGANIZATION_UNIT_LINKS.words();

    private final KbMatcher matcher;

    OrganizationFinder(KbMatcher matcher) {
        this.matcher = matcher;
    }

    /** Adds mentions of unknown organizations; returns their display names by entity key. */
    Map<String, String> find(Document doc, MentionIndex mentions) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            if (!s.prose()) {
                continue;
            }
            int i = s.tokenFrom();
            while (i < s.tokenTo()) {
                Mention covering = mentions.covering(i);
                if (covering != null) {
                    i = covering.to();
                    continue;
                }
                int end = doc.token(i).arabic() ? arabicEnd(doc, mentions, i, s.tokenTo()) : latinEnd(doc, mentions, i, s.tokenTo());
                // A unit is named with the institution it belongs to; only its own words are its mention.
                int nameEnd = end;
                if (end <= i && doc.token(i).arabic()) {
                    int[] unit = unitEnd(doc, mentions, i, s.tokenTo());
                    end = unit[0];
                    nameEnd = unit[1];
                }
                if (end <= i && doc.token(i).arabic()) {
                    int[] ofCountry = countryNamedAfter(doc, mentions, i, s.tokenTo());
                    end = ofCountry[0];
                    nameEnd = ofCountry[1];
                }
                if (end <= i) {
                    i++;
                    continue;
                }
                int trim = doc.token(i).arabic() ? conjunctionLength(doc.word(i)) : 0;
                // The name is shown without the preposition the text fuses to it ("بوزارة" → "وزارة").
                String name = doc.span(i, nameEnd, doc.token(i).arabic() ? cliticLength(doc, i) : 0).text();
                String key = "new:" + NameKey.of(name);
                if (mentions.add(new Mention(i, end, key, EntityType.ORGANIZATION, Mention.Origin.DISCOVERED, trim))) {
                    names.merge(key, name, (a, b) -> a.length() >= b.length() ? a : b);
                }
                i = end;
            }
        }
        return names;
    }

    /** "وزارة الداخلية الباكستانية": a head, definite words, and a nationality among them. */
    private int arabicEnd(Document doc, MentionIndex mentions, int i, int limit) {
        if (!isArabicHead(doc, i)) {
            return i;
        }
        int j = i + 1;
        int nationalityEnd = -1;
        while (j < limit && j - i < MAX_WORDS && doc.joinsPrevious(j) && mentions.covering(j) == null) {
            String w = doc.word(j);
            if (!(w.startsWith("ال") || w.startsWith("لل")) || StopWords.contains(w)) {
                break;
            }
            AliasTrie.Hit<String> demonym = matcher.demonymAt(doc, j, j + 1);
            j++;
            if (demonym != null) {
                nationalityEnd = j;
                break; // the nationality closes the name
            }
        }
        int minimum = qualifiedHead(doc, i) ? i + 3 : i + 2;
        return nationalityEnd >= minimum ? nationalityEnd : i;
    }

    /**
     * "وزارة العدل والأمن في هولندا": a head, definite words (joined by و too), and the country it belongs to after
     * "في" or "ب". The name keeps the country, so that two countries' ministries stay two; the mention ends before
     * it (the country is a mention of its own). Returns the end of the mention and of the name; both {@code i} when
     * there is none.
     */
    private int[] countryNamedAfter(Document doc, MentionIndex mentions, int i, int limit) {
        int[] none = {i, i};
        // A known short form ("الشرطة الاتحادية بدولة ألمانيا") is resolved by its country in the title stage.
        if (!isArabicHead(doc, i) || matcher.contextAt(doc, i, limit) != null) {
            return none;
        }
        int j = definiteRunEnd(doc, mentions, i + 1, Math.min(limit, i + MAX_WORDS));
        if (j - i < 2 || j >= limit || !doc.joinsPrevious(j)) {
            return none;
        }
        int k = doc.word(j).equals("في") ? j + 1 : j;
        if (k < limit && KbMatcher.statesACountry(doc, k)) {
            k++;
        }
        Mention country = k < limit && doc.joinsPrevious(k) ? mentions.at(k) : null;
        if (country == null || country.type() != EntityType.LOCATION || !matcher.isCountry(country.key())
                || k == j && !doc.word(k).startsWith("ب")) {
            return none;
        }
        return new int[] {j, country.to()};
    }

    /**
     * "إدارة التدريب بالقيادة العامة لشرطة أبوظبي", "المكتب المركزي الوطني بتونس", "قسم التعاون الدولي": a unit head,
     * definite words, and the institution or city it belongs to (by ب, ل or "التابعة لـ"); with two definite words
     * or more the unit stands without it. Returns the end of the unit's own words and the end of its name (with the
     * institution); both {@code i} when there is no unit.
     */
    private int[] unitEnd(Document doc, MentionIndex mentions, int i, int limit) {
        int[] none = {i, i};
        if (!doc.readsAny(i, UNIT_HEADS)) {
            return none;
        }
        int j = definiteRunEnd(doc, mentions, i + 1, Math.min(limit, i + 6));
        int words = j - i - 1;
        if (words < 1) {
            return none;
        }
        int parentEnd = parentEnd(doc, mentions, j, limit, words >= 2);
        if (parentEnd > j) {
            return new int[] {j, parentEnd};
        }
        return words >= 2 ? new int[] {j, j} : none;
    }

    /**
     * End of the run of definite words from {@code from} (with و too: "العدل والأمن"), not past {@code limit}, that
     * can continue an institution's name: no stop word, no nationality, no other mention.
     */
    private int definiteRunEnd(Document doc, MentionIndex mentions, int from, int limit) {
        int j = from;
        while (j < limit && doc.joinsPrevious(j) && mentions.covering(j) == null) {
            String w = doc.word(j);
            boolean definite = w.startsWith("ال") || w.startsWith("لل") || w.startsWith("وال") && w.length() > 4;
            if (!definite || StopWords.contains(w) || matcher.demonymAt(doc, j, j + 1) != null) {
                break;
            }
            j++;
        }
        return j;
    }

    /** End of the institution a unit ending before {@code j} belongs to, or {@code j}. */
    private int parentEnd(Document doc, MentionIndex mentions, int j, int limit, boolean cityWillDo) {
        int k = j;
        if (k < limit && doc.readsAny(k, UNIT_LINKS)) {
            k++;
        }
        // "بالقيادة العامة لشرطة أبوظبي": definite words with ب before the institution's name
        int walked = 0;
        while (k < limit && walked < 3 && doc.joinsPrevious(k) && mentions.covering(k) == null
                && (doc.word(k).startsWith("بال") || walked > 0 && doc.word(k).startsWith("ال"))) {
            k++;
            walked++;
        }
        Mention m = k < limit && doc.joinsPrevious(k) ? mentions.at(k) : null;
        if (m == null) {
            return j;
        }
        String w = doc.word(k);
        boolean attached = w.startsWith("ب") || w.startsWith("ل") || k > j;
        boolean fits = m.type() == EntityType.ORGANIZATION || cityWillDo && walked == 0 && m.type() == EntityType.LOCATION;
        return attached && fits ? m.to() : j;
    }

    /** 1 for "ووزارة", "والمديرية"; 0 for "وزارة" and "وحدة", heads that start with و themselves. */
    private static int conjunctionLength(String w) {
        boolean leading = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف');
        return leading && !ARABIC_HEADS.contains(w) ? 1 : 0;
    }

    private static boolean qualifiedHead(Document doc, int i) {
        return doc.readsAny(i, QUALIFIED_HEADS);
    }

    /** Letters before the head word proper: "بوزارة" → 1, "وللمديرية" → 2 (the article stays). */
    private static int cliticLength(Document doc, int i) {
        String w = doc.word(i);
        for (String r : doc.readings(i)) {
            if (ARABIC_HEADS.contains(r)) {
                String withArticle = "ال" + r;
                return w.endsWith(withArticle) ? w.length() - withArticle.length() : w.length() - r.length();
            }
        }
        return 0;
    }

    private static boolean isArabicHead(Document doc, int i) {
        return doc.readsAny(i, ARABIC_HEADS);
    }

    /** A capitalized phrase with an institutional head: "Federal Investigation Agency", "Direction centrale de…". */
    private static int latinEnd(Document doc, MentionIndex mentions, int i, int limit) {
        if (!doc.capitalized(i) || LINKS.contains(doc.word(i)) || StopWords.contains(doc.word(i))
                || TITLE_WORDS.contains(doc.word(i))) {
            return i; // "Chief of Police", "Deputy Director of …" are titles, not institutions
        }
        boolean frenchLead = FRENCH_LEADING_HEADS.contains(doc.word(i));
        int j = i;
        int lastHead = -1;
        int lastContent = i;
        while (j < limit && j - i < MAX_WORDS && (j == i || doc.joinsPrevious(j)) && mentions.covering(j) == null
                && !doc.token(j).arabic()) {
            String w = doc.word(j);
            boolean link = LINKS.contains(w);
            if (!link && !doc.capitalized(j) && !(frenchLead && !StopWords.contains(w))) {
                break;
            }
            if (!link && StopWords.contains(w) && j > i) {
                break;
            }
            if (j > i && TITLE_WORDS.contains(w)) {
                break; // "… Chief of Police and Central Director of …": a title starts a new phrase
            }
            if (LATIN_HEADS.contains(w)) {
                lastHead = j;
            }
            if (!link) {
                lastContent = j;
            }
            j++;
        }
        // "Ministry of Interior", "General Department of Criminal Investigation": the words joined after the last
        // head by "of"/"for" belong to the name.
        boolean ofPhrase = lastHead >= i && lastContent > lastHead + 1 && OF_LINKS.contains(doc.word(lastHead + 1));
        int end = frenchLead || ofPhrase ? lastContent + 1 : lastHead + 1;
        // At least two words, a head among them, and not just a capitalized sentence start ("Police said").
        boolean hasHead = lastHead >= i;
        return hasHead && end - i >= 2 ? end : i;
    }
}
