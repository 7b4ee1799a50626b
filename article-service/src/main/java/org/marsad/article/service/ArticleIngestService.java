package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;
import org.marsad.article.cleaning.ArticleCleaner;
import org.marsad.article.cleaning.CleanedArticle;
import org.marsad.article.cleaning.PageHints;
import org.marsad.commons.dates.PublicationDates;
import org.marsad.article.cleaning.UnusableArticleException;
import org.marsad.article.dedup.MinHash;
import org.marsad.commons.rest.ApiException;

/**
 * Checks, cleans and fingerprints a submission, then has {@link ArticleStore} keep it. The CPU work
 * happens before any transaction, so no database connection waits on the cleaner.
 */
@ApplicationScoped
public class ArticleIngestService {

    private final ArticleCleaner cleaner;
    private final ArticleStore store;
    private final int maxTextLength;

    public ArticleIngestService(ArticleCleaner cleaner, ArticleStore store, IngestLimits limits) {
        this.cleaner = cleaner;
        this.store = store;
        this.maxTextLength = limits.maxTextChars();
    }

    public IngestOutcome ingest(ArticleSubmission submission) {
        CleanedArticle cleaned = clean(submission);
        String hash = BodyFingerprint.of(cleaned.body());
        int[] signature = MinHash.signature(cleaned.body());
        try {
            return store.store(submission.text(), cleaned, hash, signature);
        } catch (RuntimeException e) {
            // Two requests with the same article at once: the unique body hash lets one win; the other is a duplicate.
            if (isUniqueViolation(e)) {
                return store.existing(hash).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private CleanedArticle clean(ArticleSubmission submission) {
        if (submission.text() == null || submission.text().isBlank()) {
            throw ApiException.badRequest("text is required and must not be blank");
        }
        if (submission.text().length() > maxTextLength) {
            throw new ApiException(413, "ARTICLE_TOO_LARGE",
                    "text has " + submission.text().length() + " characters; the limit is " + maxTextLength);
        }
        String publishedAt = Inputs.blankToNull(submission.publishedAt());
        if (publishedAt != null) {
            publishedAt = PublicationDates.parse(publishedAt)
                    .orElseThrow(() -> ApiException.badRequest("publishedAt is not a date: " + submission.publishedAt()));
        }
        String language = Inputs.blankToNull(submission.language());
        if (language != null && !language.matches("[a-z]{2}")) {
            throw ApiException.badRequest("language must be a two-letter ISO 639-1 code such as ar, fr or en");
        }
        String url = Inputs.blankToNull(submission.url());
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw ApiException.badRequest("url must be an http(s) address: " + url);
        }
        var hints = new PageHints(url, Inputs.blankToNull(submission.outlet()),
                Inputs.blankToNull(submission.author()), publishedAt, language);
        try {
            return cleaner.clean(submission.text(), hints);
        } catch (UnusableArticleException e) {
            throw new ApiException(422, "UNUSABLE_ARTICLE", e.getMessage());
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
