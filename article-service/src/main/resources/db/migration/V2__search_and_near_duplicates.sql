-- Full-text search: the vector is built from the folded title (weight A) and body (weight B) with the
-- article's language configuration (arabic, french, english, else simple). Folding happens in Java
-- (SearchFolding), so search_version says which folding built a row; rows built by an older one are rebuilt at start.
ALTER TABLE article ADD COLUMN search_vector tsvector;
ALTER TABLE article ADD COLUMN search_version INT NOT NULL DEFAULT 0;
CREATE INDEX article_search_idx ON article USING gin (search_vector);

-- Near-duplicates: a MinHash signature of the body's word shingles, and its LSH band buckets to find candidates.
ALTER TABLE article ADD COLUMN minhash INT[];

CREATE TABLE article_band (
    band       SMALLINT NOT NULL,
    bucket     BIGINT   NOT NULL,
    article_id BIGINT   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
);

-- A link between two stored articles that tell the same story (linked, never merged); one row per direction.
CREATE TABLE near_duplicate (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    other_id   BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    similarity REAL   NOT NULL,
    PRIMARY KEY (article_id, other_id),
    CHECK (article_id <> other_id)
);
