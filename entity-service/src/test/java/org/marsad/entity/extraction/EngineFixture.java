package org.marsad.entity.extraction;

import java.util.List;
import java.util.Objects;

/** One engine over the default knowledge base, shared by the unit tests (building it compiles every trie). */
final class EngineFixture {

    static final KnowledgeBase KB = KnowledgeBase.loadDefault();
    static final ExtractionEngine ENGINE = new ExtractionEngine(KB);

    private EngineFixture() {
    }

    static FoundEntity entity(Extraction x, String key) {
        return x.entities().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    static List<FoundEvent> events(Extraction x, EventType type) {
        return x.events().stream().filter(e -> e.type() == type).toList();
    }

    static boolean hasParticipant(FoundEvent e, String key) {
        return e.participants().stream().anyMatch(p -> Objects.equals(p.entityKey(), key));
    }
}
