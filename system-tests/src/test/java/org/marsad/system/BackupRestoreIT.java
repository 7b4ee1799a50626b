package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: ./marsad backup, then the state wiped (both databases dropped, the services started on empty ones),
 * then ./marsad restore gives back the same graph and the same search answers.
 */
@ExtendWith(SharedSystem.class)
class BackupRestoreIT {

    private static final String SEARCHES = """
            { articles(search: "حموشي", first: 50) { totalCount edges { snippet node { id title extraction { status engineVersion } } } }
              entities(search: "DGSN", first: 5) { totalCount edges { node { id name aliases } } }
              events(involving: "DGSN", first: 50) { totalCount edges { node { id type date participants { entity { name } } } } } }""";

    @Test
    void aRestoredBackupGivesTheSameGraphAndAnswers(@TempDir Path dir) throws Exception {
        RunningSystem system = SharedSystem.get();
        String id = system.ingestAndWait("The director general of the DGSN, Abdellatif Hammouchi, received in Rabat on Monday a delegation "
                + "of the Spanish police.\n\nSynthetic article for the backup test: both sides agreed to exchange information. Reference "
                + UUID.randomUUID() + ".");
        IngestUnderLoadIT.Fingerprint graph = IngestUnderLoadIT.Fingerprint.of(system);
        JsonNode answers = system.graphql(SEARCHES, Map.of(), null);
        assertTrue(answers.path("data").path("articles").path("totalCount").asInt() > 0, answers::toString);

        Path backup = dir.resolve("marsad.backup");
        String backedUp = system.run("backup", backup.toString());
        assertTrue(backedUp.contains("Backed up both databases") && Files.size(backup) > 0, backedUp);
        assertTrue(system.status().contains("article-service  running"), "backup started the writers again");

        // Wipe: both databases dropped, the services started again on new, empty ones.
        system.stop("article-service");
        system.stop("entity-service");
        system.sql("postgres", "DROP DATABASE marsad_articles");
        system.sql("postgres", "DROP DATABASE marsad_entities");
        system.start("entity-service");
        system.start("article-service");
        assertEquals(0, system.sql("marsad_articles", "SELECT count(*) FROM article"), "the state was not wiped");

        String restored = system.run("restore", backup.toString());
        assertTrue(restored.contains("Restored both databases"), restored);
        assertEquals(graph, IngestUnderLoadIT.Fingerprint.of(system), "the restored graph differs");
        assertEquals(answers, system.graphql(SEARCHES, Map.of(), null), "the restored system answers differently");
        JsonNode article = system.graphql("query($id: ID!) { article(id: $id) { extraction { status } } }", Map.of("id", id), null);
        assertEquals("DONE", article.path("data").path("article").path("extraction").path("status").asText(), article::toString);
    }
}
