package org.marsad.article.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.marsad.article.client.EntityServiceClient;
import org.marsad.article.client.ExtractionRequest;
import org.marsad.article.domain.Article;
import org.marsad.article.domain.OutboxMessage;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.OutboxRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers due outbox messages to entity-service until acknowledged, backing off exponentially on failure.
 * Each batch is one transaction holding its rows with SKIP LOCKED, so replicas share the work safely; the
 * calls of a batch run in parallel (entity-service extracts on every core), and a full batch is followed
 * at once by the next rather than at the next tick, so a backlog drains at the speed extraction allows.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** A run hands over to the next tick after this long, so shutdown never waits on a long backlog. */
    private static final Duration MAX_RUN = Duration.ofSeconds(30);

    private final OutboxRepository outbox;
    private final ArticleRepository articles;
    private final EntityServiceClient entityService;
    private final int batchSize;
    private final ExecutorService calls;

    public OutboxDelivery(OutboxRepository outbox, ArticleRepository articles, EntityServiceClient entityService,
                          @ConfigProperty(name = "marsad.outbox.batch-size", defaultValue = "32") int batchSize,
                          @ConfigProperty(name = "marsad.outbox.parallelism", defaultValue = "4") int parallelism) {
        this.outbox = outbox;
        this.articles = articles;
        this.entityService = entityService;
        this.batchSize = batchSize;
        this.calls = Executors.newFixedThreadPool(parallelism);
    }

    @Scheduled(every = "${marsad.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        Instant until = Instant.now().plus(MAX_RUN);
        while (QuarkusTransaction.requiringNew().call(this::deliverBatch) == batchSize && Instant.now().isBefore(until)) {
            // a full batch: more are probably waiting
        }
    }

    /** Claims a batch, calls entity-service for all of it in parallel, and records each outcome; returns the batch size. */
    private int deliverBatch() {
        List<OutboxMessage> batch = outbox.claimDue(Instant.now(), batchSize);
        Map<Long, Article> byId = articles.listByIds(batch.stream().map(m -> m.articleId).distinct().toList()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<CompletableFuture<String>> results = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            Article a = byId.get(message.articleId);
            var request = new ExtractionRequest(String.valueOf(a.id), a.body, a.publishedAt, a.language);
            // Only the HTTP call leaves this thread: the persistence context is not thread-safe.
            results.add(CompletableFuture.supplyAsync(() -> call(request), calls));
        }
        for (int i = 0; i < batch.size(); i++) {
            record(batch.get(i), results.get(i).join());
        }
        return batch.size();
    }

    /** Null when entity-service acknowledged, else what went wrong. */
    private String call(ExtractionRequest request) {
        try {
            entityService.extract(request);
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void record(OutboxMessage message, String error) {
        if (error == null) {
            message.deliveredAt = Instant.now();
            message.lastError = null;
            return;
        }
        message.attempts++;
        message.lastError = error;
        message.nextAttemptAt = Instant.now().plus(backoff(message.attempts));
        LOG.warnf("Extraction of article %d failed (attempt %d), retrying at %s: %s",
                message.articleId, message.attempts, message.nextAttemptAt, error);
    }

    /** 1 s, 2 s, 4 s … capped at five minutes. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts - 1, 20);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Messages not yet acknowledged, and how many of those have failed at least once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxStatus status() {
        return new OutboxStatus(outbox.countPending(), outbox.countFailing());
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    public record OutboxStatus(long pending, long failing) {
    }
}
