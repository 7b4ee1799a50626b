package org.marsad.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: one ingest through the gateway shows in each service's own metrics (beyond HTTP): the outbox's
 * backlog and deliveries, extractions by engine version and events created, the gateway's calls per service.
 */
@ExtendWith(SharedSystem.class)
class MetricsIT {

    @Test
    void anIngestShowsInEveryServicesMetrics() throws Exception {
        RunningSystem system = SharedSystem.get();
        system.ingestAndWait("RABAT, 3 March 2025 - The director general of the DGSN received on Monday in Rabat the head of the Spanish "
                + "national police.\n\nSynthetic article for the metrics test: the two agreed to exchange information. Reference " + UUID.randomUUID() + ".");
        system.graphql("{ events(involving: \"DGSN\", first: 1) { totalCount edges { node { sources { article { title } } } } } }", Map.of(), null);

        String articles = system.metrics("article-service");
        assertTrue(value(articles, "marsad_outbox_deliveries_total", "outcome=\"delivered\"") >= 1, articles);
        assertTrue(articles.matches("(?s).*\\nmarsad_outbox_backlog[ {].*"), "backlog gauge");
        assertTrue(articles.matches("(?s).*\\nmarsad_outbox_oldest_age_seconds[ {].*"), "oldest message age gauge");

        String entities = system.metrics("entity-service");
        assertTrue(value(entities, "marsad_extractions_total", "outcome=\"extracted\"") >= 1, entities);
        assertTrue(value(entities, "marsad_extraction_duration_seconds_count", "engine=\"") >= 1, "extraction duration by engine version");
        assertTrue(value(entities, "marsad_events_total", "outcome=\"created\"") + value(entities, "marsad_events_total", "outcome=\"merged\"") >= 1,
                "events created or merged");

        String gateway = system.metrics("gateway");
        assertTrue(value(gateway, "marsad_upstream_calls_seconds_count", "service=\"entity-service\"") >= 1, "calls to entity-service");
        assertTrue(value(gateway, "marsad_upstream_calls_seconds_count", "service=\"article-service\"") >= 1, "calls to article-service");
    }

    /** The sum of a metric's series whose labels contain {@code label} (a series may end with a trace exemplar, "# {…} …"). */
    private static double value(String metrics, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)} ([0-9.eE+-]+)(?: # \\{.*)?$").matcher(metrics);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
