package org.marsad.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.SpecHints;
import org.marsad.article.domain.OutboxMessage;

import java.time.Instant;
import java.util.List;

/** The outbox: due messages are claimed with SKIP LOCKED so several replicas never deliver the same one at once. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    public List<OutboxMessage> claimDue(Instant now, int limit) {
        return find("deliveredAt is null and nextAttemptAt <= ?1 order by nextAttemptAt, id", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // -2 = SKIP LOCKED in Hibernate
                .page(0, limit)
                .list();
    }

    public long countPending() {
        return count("deliveredAt is null");
    }

    public long countFailing() {
        return count("deliveredAt is null and attempts > 0");
    }
}
