package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases that state an event, in Arabic, French and English, with the event type they announce (the
 * data file {@code lexicon/triggers.txt}). Arabic nouns also match with a pronoun suffix (لقائه، زيارتها، مباحثاته).
 */
final class TriggerLexicon {

    /**
     * A trigger.
     *
     * @param type the event type
     * @param verbal whether it is a finite verb (a bare noun like "الإشادة" often names a habit, not an event)
     */
    record Trigger(EventType type, boolean verbal) {}

    private TriggerLexicon() {
    }

    /** Builds the trigger trie: every form, folded, with its pronoun-suffixed Arabic variants. */
    static AliasTrie<Trigger> build() {
        AliasTrie<Trigger> trie = new AliasTrie<>();
        for (Map.Entry<String, List<String>> section : Lexicons.TRIGGERS.sections().entrySet()) {
            String header = section.getKey();
            boolean verbal = header.endsWith(" verb");
            if (!verbal && !header.endsWith(" noun")) {
                throw new IllegalStateException("lexicon triggers: [" + header + "] is neither \"TYPE verb\" nor \"TYPE noun\"");
            }
            add(trie, section.getValue(), EventType.valueOf(Lexicon.value(header)), verbal);
        }
        return trie;
    }

    private static void add(AliasTrie<Trigger> trie, List<String> forms, EventType type, boolean verbal) {
        Trigger trigger = new Trigger(type, verbal);
        for (String form : forms) {
            List<String> words = Tokenizer.words(form);
            trie.add(words, trigger);
            String last = words.get(words.size() - 1);
            // Only nouns take the pronoun here (لقائه، زيارتها): a verb + ه would read as a feminine noun (أشاده/إشادة).
            if (verbal || !TextNormalizer.isArabicLetter(last.charAt(0))) {
                continue;
            }
            for (String suffixed : suffixed(last)) {
                List<String> variant = new ArrayList<>(words);
                variant.set(variant.size() - 1, suffixed);
                trie.add(variant, trigger);
            }
        }
    }

    /** "زياره" → "زيارته", "زيارتها"…; "لقاء" → "لقاءه"…: the word with an attached pronoun. */
    private static List<String> suffixed(String word) {
        List<String> out = new ArrayList<>();
        char last = word.charAt(word.length() - 1);
        if (last != 'ه' && last != 'ا' && last != 'ي') {
            out.add(word + "ا"); // accusative: "عقد اجتماعاً", "لقاءً" is written with a final alif
        }
        String stem = word.endsWith("ه") ? word.substring(0, word.length() - 1) + "ت" : word;
        for (String p : Lexicons.TRIGGER_PRONOUN_SUFFIXES.entries()) {
            out.add(stem + p);
        }
        if (word.endsWith("ء")) {
            // لقاء + ه is written لقائه: hamza on a seat, folded to ي.
            String seat = word.substring(0, word.length() - 1) + "ي";
            for (String p : Lexicons.TRIGGER_PRONOUN_SUFFIXES.entries()) {
                out.add(seat + p);
            }
        }
        if (word.endsWith("ات")) {
            for (String p : Lexicons.TRIGGER_PRONOUN_SUFFIXES.entries()) {
                out.add(word + p);
            }
        }
        return out;
    }
}
