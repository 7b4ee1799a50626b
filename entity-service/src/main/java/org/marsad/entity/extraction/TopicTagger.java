package org.marsad.entity.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Tags security topics from keyword lists (Arabic, French, English; {@code lexicon/topics.txt}) found around an event. */
final class TopicTagger {

    private final AliasTrie<Topic> trie = new AliasTrie<>();

    TopicTagger() {
        for (Map.Entry<String, List<String>> e : Lexicons.TOPICS.sections().entrySet()) {
            Topic topic = Topic.valueOf(e.getKey());
            for (String k : e.getValue()) {
                trie.add(Tokenizer.words(k), topic);
            }
        }
    }

    /** Topics whose keywords occur in tokens [from, to). */
    EnumSet<Topic> tag(Document doc, int from, int to) {
        EnumSet<Topic> out = EnumSet.noneOf(Topic.class);
        int i = from;
        while (i < to) {
            AliasTrie.Hit<Topic> hit = trie.longestAt(doc, i, to);
            if (hit == null) {
                i++;
            } else {
                out.addAll(hit.values());
                i = hit.to();
            }
        }
        return out;
    }
}
