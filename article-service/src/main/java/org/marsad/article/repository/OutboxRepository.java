package org.marsad.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.article.domain.OutboxMessage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outbox. A due message is claimed by pushing its next attempt past a lease, in one statement that skips
 * rows another replica is claiming: the claim commits at once, so no transaction stays open while the message
 * is delivered, and a message whose deliverer died is due again when the lease ends.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    /** Claims up to {@code limit} due messages, oldest due first, until {@code leaseUntil}; returns (message id, article id). */
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(int limit, Instant leaseUntil) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        UPDATE outbox_message m SET next_attempt_at = :lease
                        FROM (SELECT id FROM outbox_message
                              WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                              ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED) due
                        WHERE m.id = due.id RETURNING m.id, m.article_id, m.trace_parent""")
                .setParameter("lease", Timestamp.from(leaseUntil))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Claim(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2])).toList();
    }

    /** Messages neither delivered nor refused. */
    public long countPending() {
        return count("deliveredAt is null and failedAt is null");
    }

    /** Pending messages whose delivery failed at least once. */
    public long countFailing() {
        return count("deliveredAt is null and failedAt is null and attempts > 0");
    }

    /** Messages entity-service refused for good. */
    public long countFailed() {
        return count("failedAt is not null");
    }

    /** Each article's message (the latest, should an article ever have several), by article id. */
    public Map<Long, OutboxMessage> byArticles(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return list("articleId in ?1 order by id", articleIds).stream()
                .collect(Collectors.toMap(m -> m.articleId, Function.identity(), (older, newer) -> newer));
    }

    /** When the oldest message neither delivered nor refused was written; empty when none waits. */
    public Optional<Instant> oldestPendingSince() {
        Object oldest = getEntityManager().createNativeQuery(
                "SELECT min(created_at) FROM outbox_message WHERE delivered_at IS NULL AND failed_at IS NULL").getSingleResult();
        return Optional.ofNullable(oldest).map(OutboxRepository::instant);
    }

    /** The most recently refused messages, newest first. */
    public List<OutboxMessage> recentlyFailed(int limit) {
        return find("failedAt is not null order by failedAt desc, id desc").page(0, limit).list();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    public record Claim(long messageId, long articleId, String traceParent) {
    }
}
