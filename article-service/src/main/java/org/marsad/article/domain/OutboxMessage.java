package org.marsad.article.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message to entity-service, written in the transaction that stored its article and kept until acknowledged
 * (delivered) or refused for good (failed).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    public static final String EXTRACT = "extract";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Column(nullable = false)
    public String kind;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Set when entity-service refused the article for good (a 4xx); the reason is in {@link #lastError}. */
    @Column(name = "failed_at")
    public Instant failedAt;

    /** The engine version entity-service answered when it acknowledged the article. */
    @Column(name = "engine_version")
    public String engineVersion;

    /** The trace of the request that stored the article (W3C traceparent), which its delivery continues; may be null. */
    @Column(name = "trace_parent")
    public String traceParent;
}
