package org.marsad.entity.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.marsad.commons.rest.ApiException;
import org.marsad.entity.domain.ExtractionRun;
import org.marsad.entity.extraction.Extraction;
import org.marsad.entity.extraction.ExtractionEngine;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine over an article and stores mentions, entities, roles and events. Idempotent per
 * (article, extractor version): a redelivered article changes nothing; a new engine version replaces
 * what the older one stored for that article. The engine runs outside any transaction; entities are
 * resolved and committed first ({@link EntityResolver}), then the rest in one transaction
 * ({@link ExtractionWriter}). A write that lost a race PostgreSQL settles by aborting it (a deadlock, a
 * unique key) is tried again: each step is idempotent. Metrics: marsad.extractions and marsad.extraction.duration by
 * engine version, marsad.events by outcome (a new event, or merged into one another article told).
 */
@ApplicationScoped
public class ExtractionService {

    private final ExtractionEngine engine;
    private final EntityResolver resolver;
    private final ExtractionWriter writer;
    private final MeterRegistry metrics;

    public ExtractionService(ExtractionEngine engine, EntityResolver resolver, ExtractionWriter writer, MeterRegistry metrics) {
        this.engine = engine;
        this.resolver = resolver;
        this.writer = writer;
        this.metrics = metrics;
    }

    /** Extracts without storing anything: the gateway's {@code extract} dry run. */
    public Extraction preview(String text, String publishedAt) {
        requireText(text);
        return engine.extract(text, EventDates.publicationDay(publishedAt));
    }

    @Retry(maxRetries = 4, delay = 50, jitter = 50, delayUnit = ChronoUnit.MILLIS)
    @RetryWhen(exception = WriteConflict.class)
    public ExtractionRun extractAndStore(String articleId, String text, String publishedAt) {
        if (articleId == null || articleId.isBlank()) {
            throw ApiException.badRequest("articleId is required");
        }
        requireText(text);
        ExtractionRun done = writer.done(articleId);
        if (done != null) {
            metrics.counter("marsad.extractions", "engine", done.extractorVersion, "outcome", "already_done").increment();
            return done;
        }
        long start = System.nanoTime();
        Extraction extraction = engine.extract(text, EventDates.publicationDay(publishedAt));
        Map<String, Long> entityIds = resolver.resolveAll(extraction.entities());
        ExtractionRun run = writer.store(articleId, EventDates.publicationRange(publishedAt), extraction, entityIds);
        // Counted once stored (a write conflict retries the whole method, and a failed try counts nothing).
        Timer.builder("marsad.extraction.duration").description("Extracting and storing one article")
                .tag("engine", run.extractorVersion).register(metrics).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        metrics.counter("marsad.extractions", "engine", run.extractorVersion, "outcome", "extracted").increment();
        metrics.counter("marsad.events", "outcome", "created").increment(run.eventsCreated);
        metrics.counter("marsad.events", "outcome", "merged").increment(run.eventsMerged);
        return run;
    }

    /** Removes everything extracted from an article that no longer exists. */
    @Retry(maxRetries = 4, delay = 50, jitter = 50, delayUnit = ChronoUnit.MILLIS)
    @RetryWhen(exception = WriteConflict.class)
    public void forgetArticle(String articleId) {
        writer.forgetArticle(articleId);
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is required and must not be blank");
        }
    }
}
