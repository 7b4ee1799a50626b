package org.marsad.article.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** Which version of the search folding built the search vector (written by SQL, see ArticleIndexer). */
    @Column(name = "search_version", insertable = false, updatable = false)
    public int searchVersion;

    /** MinHash signature of the body's shingles, for near-duplicate detection. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] minhash;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
