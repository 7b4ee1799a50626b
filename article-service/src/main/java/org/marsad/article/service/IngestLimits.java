package org.marsad.article.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Documented input limits (README, OpenAPI): beyond them a request is refused with 413, before any work. */
@ConfigMapping(prefix = "marsad.ingest")
public interface IngestLimits {

    /** Characters of one article's text (plain text or HTML). */
    @WithDefault("1000000")
    int maxTextChars();

    /** Articles in one bulk request. */
    @WithDefault("100")
    int maxBulkArticles();
}
