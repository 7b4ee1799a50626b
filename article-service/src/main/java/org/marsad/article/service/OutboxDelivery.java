package org.marsad.article.service;

import io.quarkus.scheduler.Scheduled;
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

/**
 * Delivers due outbox messages to entity-service until acknowledged, backing off exponentially on failure.
 * Each batch is one transaction holding its rows with SKIP LOCKED, so replicas share the work safely.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final OutboxRepository outbox;
    private final ArticleRepository articles;
    private final EntityServiceClient entityService;
    private final int batchSize;

    public OutboxDelivery(OutboxRepository outbox, ArticleRepository articles, EntityServiceClient entityService,
                          @ConfigProperty(name = "marsad.outbox.batch-size", defaultValue = "20") int batchSize) {
        this.outbox = outbox;
        this.articles = articles;
        this.entityService = entityService;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${marsad.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deliverDue() {
        for (OutboxMessage message : outbox.claimDue(Instant.now(), batchSize)) {
            deliver(message);
        }
    }

    private void deliver(OutboxMessage message) {
        Article article = articles.findById(message.articleId);
        try {
            entityService.extract(new ExtractionRequest(String.valueOf(article.id), article.body, article.publishedAt, article.language));
            message.deliveredAt = Instant.now();
            message.lastError = null;
        } catch (RuntimeException e) {
            message.attempts++;
            message.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            message.nextAttemptAt = Instant.now().plus(backoff(message.attempts));
            LOG.warnf("Extraction of article %d failed (attempt %d), retrying at %s: %s",
                    article.id, message.attempts, message.nextAttemptAt, message.lastError);
        }
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

    public record OutboxStatus(long pending, long failing) {
    }
}
