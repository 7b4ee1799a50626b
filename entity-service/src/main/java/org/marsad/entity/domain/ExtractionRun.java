package org.marsad.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Records that an article was extracted by an engine version, so redelivery changes nothing. */
@Entity
@Table(name = "extraction_run")
@IdClass(ExtractionRun.Key.class)
public class ExtractionRun extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    @Column(name = "extractor_version")
    public String extractorVersion;

    public int entities;

    public int events;

    @Column(name = "processed_at", insertable = false, updatable = false)
    public Instant processedAt;

    /** Of this run's events, how many started a new event, and how many joined one another article told (for metrics; not stored). */
    @Transient
    public int eventsCreated;

    @Transient
    public int eventsMerged;

    /** Composite key: (article, extractor version). */
    public static class Key implements Serializable {
        public String articleId;
        public String extractorVersion;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(extractorVersion, k.extractorVersion);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, extractorVersion);
        }
    }
}
