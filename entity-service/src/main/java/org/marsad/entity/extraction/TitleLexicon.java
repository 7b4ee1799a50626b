package org.marsad.entity.extraction;

import java.util.List;
import java.util.Map;

/**
 * Words that introduce or describe a person: heads of organizations, ministers, honorifics, professions, and the
 * Arabic "counterpart" words (نظيره، نظيرته، نظرائه) that point to a foreign peer. The words are data, in
 * {@code lexicon/titles.txt}, one section per {@link Kind}.
 */
final class TitleLexicon {

    /** What a title word says about the name next to it. */
    enum Kind {
        /** Heads an organization named right after it: "المدير العام لـ", "directeur général de", "head of". */
        HEAD,
        /** A minister; the ministry is part of the title ("وزير الداخلية"). */
        MINISTER,
        /** A ruler or head of state: "أمير دولة قطر", "رئيس الجمهورية", "King". */
        RULER,
        /** Courtesy words before a name: "السيد", "Mme". */
        HONORIFIC,
        /** Professions that precede a name: "الصحفي", "journalist". */
        PROFESSION,
        /** A peer in another country: "نظيره الفرنسي", "son homologue". */
        COUNTERPART
    }

    /** The counterpart words ("نظيره", "son homologue"), folded. */
    static List<String> counterparts() {
        return Lexicons.TITLES.section(Kind.COUNTERPART.name());
    }

    private TitleLexicon() {
    }

    /** Builds the title trie: every word or phrase, folded, with its kind. */
    static AliasTrie<Kind> build() {
        AliasTrie<Kind> trie = new AliasTrie<>();
        for (Map.Entry<String, List<String>> section : Lexicons.TITLES.sections().entrySet()) {
            Kind kind = Kind.valueOf(section.getKey());
            for (String form : section.getValue()) {
                trie.add(Tokenizer.words(form), kind);
            }
        }
        return trie;
    }
}
