package org.marsad.article.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
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
import org.marsad.article.repository.OutboxRepository.Claim;
import org.marsad.commons.database.DatabaseFailures;
import org.marsad.commons.tracing.TraceParents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers due outbox messages to entity-service until acknowledged or refused. A batch is claimed in one short
 * transaction (a lease, so replicas share the work and a message whose deliverer died comes back), delivered
 * with no transaction open (the calls run in parallel: entity-service extracts on every core), and its outcomes
 * recorded in another short transaction ({@link DeliveryOutcome} says what each outcome does). A full batch is
 * followed at once by the next, so a backlog drains at the speed extraction allows; when entity-service cannot
 * be reached the run stops and the next tick tries again, without counting attempts or growing backoff. Metrics:
 * marsad.outbox.backlog, marsad.outbox.oldest.age (seconds) and marsad.outbox.deliveries by outcome. Each delivery is
 * a span in the trace of the request that stored the article, so one trace shows an ingest and its extraction.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** A run hands over to the next tick after this long, so shutdown never waits on a long backlog. */
    private static final Duration MAX_RUN = Duration.ofSeconds(30);
    /** When entity-service cannot be reached: about the next tick, by which the circuit breaker may let a call through. */
    private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(1);
    private static final int RECENT_FAILURES = 10;

    private final OutboxRepository outbox;
    private final ArticleRepository articles;
    private final EntityServiceClient entityService;
    private final int batchSize;
    private final Duration lease;
    private final ExecutorService calls;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    /** Read at each tick, so that a metrics scrape costs no query: messages waiting, and the oldest one's age in seconds. */
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAge = new AtomicLong();
    private volatile boolean entityServiceDown;
    private volatile boolean databaseDown;

    public OutboxDelivery(OutboxRepository outbox, ArticleRepository articles, EntityServiceClient entityService,
                          @ConfigProperty(name = "marsad.outbox.batch-size", defaultValue = "32") int batchSize,
                          @ConfigProperty(name = "marsad.outbox.parallelism", defaultValue = "4") int parallelism,
                          @ConfigProperty(name = "marsad.outbox.lease", defaultValue = "2m") Duration lease,
                          MeterRegistry metrics, Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        Gauge.builder("marsad.outbox.backlog", backlog, AtomicLong::get).description("Articles waiting for extraction").register(metrics);
        Gauge.builder("marsad.outbox.oldest.age", oldestAge, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest article waiting for extraction has waited").register(metrics);
        this.outbox = outbox;
        this.articles = articles;
        this.entityService = entityService;
        this.batchSize = batchSize;
        this.lease = lease;
        this.calls = Executors.newFixedThreadPool(parallelism);
    }

    @Scheduled(every = "${marsad.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        Instant until = Instant.now().plus(MAX_RUN);
        boolean more = true;
        try {
            while (more && Instant.now().isBefore(until)) {
                more = deliverBatch();
            }
            QuarkusTransaction.requiringNew().run(this::measureBacklog);
            if (databaseDown) {
                databaseDown = false;
                LOG.info("The database answers again; deliveries resume");
            }
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            // Claims and outcomes are each one transaction: nothing is half-recorded; a claimed batch comes back after its lease.
            if (!databaseDown) {
                databaseDown = true;
                LOG.warnf("Database unavailable, deliveries wait until it answers: %s", DatabaseFailures.reason(e));
            }
        }
    }

    /** Claims, delivers and records one batch; whether another is probably waiting and worth trying now. */
    boolean deliverBatch() {
        List<Delivery> batch = QuarkusTransaction.requiringNew().call(this::claim);
        List<CompletableFuture<DeliveryOutcome>> results = new ArrayList<>(batch.size());
        for (Delivery d : batch) {
            results.add(CompletableFuture.supplyAsync(() -> call(d), calls));
        }
        List<DeliveryOutcome> outcomes = results.stream().map(CompletableFuture::join).toList();
        QuarkusTransaction.requiringNew().run(() -> record(batch, outcomes));
        var unavailable = outcomes.stream().filter(o -> o.kind() == DeliveryOutcome.Kind.UNAVAILABLE).findFirst();
        reportAvailability(unavailable, outcomes.stream().anyMatch(o -> o.kind() != DeliveryOutcome.Kind.UNAVAILABLE));
        return batch.size() == batchSize && unavailable.isEmpty();
    }

    private void measureBacklog() {
        backlog.set(outbox.countPending());
        oldestAge.set(outbox.oldestPendingSince().map(t -> Math.max(0, Duration.between(t, Instant.now()).toSeconds())).orElse(0L));
    }

    /** Logs when entity-service becomes unreachable and when deliveries go through again, not every tick between. */
    private void reportAvailability(Optional<DeliveryOutcome> unavailable, boolean reached) {
        if (unavailable.isPresent() && !reached && !entityServiceDown) {
            entityServiceDown = true;
            LOG.warnf("%s; deliveries wait, without counting attempts, until it answers again", unavailable.get().error());
        } else if (reached && entityServiceDown) {
            entityServiceDown = false;
            LOG.info("entity-service answers again; delivering the backlog");
        }
    }

    private List<Delivery> claim() {
        List<Claim> claims = outbox.claimDue(batchSize, Instant.now().plus(lease));
        Map<Long, Article> byId = articles.listByIds(claims.stream().map(Claim::articleId).distinct().toList()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Delivery> batch = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Article a = byId.get(c.articleId());
            batch.add(new Delivery(c.messageId(), new ExtractionRequest(String.valueOf(a.id), a.body, a.publishedAt, a.language),
                    c.traceParent()));
        }
        return batch;
    }

    /** One delivery, as a span under the storing request's (the REST client passes the trace on to entity-service). */
    private DeliveryOutcome call(Delivery delivery) {
        Span span = tracer.spanBuilder("outbox deliver").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParents.parent(delivery.traceParent()))
                .setAttribute("marsad.article.id", delivery.request().articleId()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            DeliveryOutcome outcome;
            try {
                outcome = DeliveryOutcome.delivered(entityService.extract(delivery.request()).extractorVersion());
            } catch (RuntimeException e) {
                outcome = DeliveryOutcome.of(e);
            }
            span.setAttribute("marsad.outbox.outcome", outcome.kind().name());
            if (outcome.kind() != DeliveryOutcome.Kind.DELIVERED) {
                span.setStatus(StatusCode.ERROR, outcome.error());
            }
            return outcome;
        } finally {
            span.end();
        }
    }

    private void record(List<Delivery> batch, List<DeliveryOutcome> outcomes) {
        Map<Long, OutboxMessage> messages = outbox.list("id in ?1", batch.stream().map(Delivery::messageId).toList()).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (int i = 0; i < batch.size(); i++) {
            apply(messages.get(batch.get(i).messageId()), outcomes.get(i), Instant.now());
            metrics.counter("marsad.outbox.deliveries", "outcome", outcomes.get(i).kind().name().toLowerCase(java.util.Locale.ROOT)).increment();
        }
    }

    static void apply(OutboxMessage message, DeliveryOutcome outcome, Instant now) {
        switch (outcome.kind()) {
            case DELIVERED -> {
                message.attempts++;
                message.deliveredAt = now;
                message.lastError = null;
                message.engineVersion = outcome.engineVersion();
            }
            case REFUSED -> {
                message.attempts++;
                message.failedAt = now;
                message.lastError = outcome.error();
                LOG.warnf("entity-service refused article %d, which will not be retried: %s", message.articleId, outcome.error());
            }
            case FAILED -> {
                message.attempts++;
                message.lastError = outcome.error();
                message.nextAttemptAt = now.plus(backoff(message.attempts));
                LOG.warnf("Extraction of article %d failed (attempt %d), retrying at %s: %s",
                        message.articleId, message.attempts, message.nextAttemptAt, outcome.error());
            }
            case UNAVAILABLE -> {
                message.lastError = outcome.error();
                message.nextAttemptAt = now.plus(UNAVAILABLE_RETRY);
            }
        }
    }

    /** 1 s, 2 s, 4 s … capped at five minutes. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts - 1, 20);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /**
     * Messages not yet acknowledged nor refused, how many of those failed at least once, how many were refused, how long
     * the oldest pending one has waited, and the latest refusals.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxStatus status() {
        Long oldest = outbox.oldestPendingSince().map(t -> Math.max(0, Duration.between(t, Instant.now()).toSeconds())).orElse(null);
        List<Failure> failures = outbox.recentlyFailed(RECENT_FAILURES).stream()
                .map(m -> new Failure(String.valueOf(m.articleId), m.attempts, m.lastError, m.failedAt)).toList();
        return new OutboxStatus(outbox.countPending(), outbox.countFailing(), outbox.countFailed(), oldest, failures);
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    /** A claimed message, the request that delivers it and the trace it continues (may be null). */
    private record Delivery(long messageId, ExtractionRequest request, String traceParent) {
    }

    /** {@code oldestPendingSeconds} is null when nothing waits; {@code recentFailures} holds the latest refusals, newest first. */
    public record OutboxStatus(long pending, long failing, long failed, Long oldestPendingSeconds, List<Failure> recentFailures) {
    }

    /** An article entity-service refused for good, and why. */
    public record Failure(String articleId, int attempts, String error, Instant failedAt) {
    }
}
