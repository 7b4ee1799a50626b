package org.marsad.article.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored article: the input as received and the cleaned body every offset refers to. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @Column(nullable = false)
    public String title;

    public String outlet;

    public String author;

    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(nullable = false)
    public String language;

    @Column(name = "raw_text", nullable = false)
    public String rawText;

    @Column(nullable = false)
    public String body;

    @Column(name = "body_hash", nullable = false, unique = true)
    public String bodyHash;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
