package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.article.cleaning.ArticleCleaner;
import org.marsad.article.cleaning.CleanedArticle;
import org.marsad.article.cleaning.PageHints;
import org.marsad.article.cleaning.PublicationDates;
import org.marsad.article.cleaning.UnusableArticleException;
import org.marsad.article.domain.Article;
import org.marsad.article.domain.OutboxMessage;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.OutboxRepository;
import org.marsad.commons.rest.ApiException;

import java.time.Instant;

/**
 * Cleans, dedups and stores an article, and records "extract it" in the outbox in the same transaction,
 * so an article is never stored without being sent on, nor sent on without being stored.
 */
@ApplicationScoped
@Transactional
public class ArticleIngestService {

    private final ArticleCleaner cleaner;
    private final ArticleRepository articles;
    private final OutboxRepository outbox;

    public ArticleIngestService(ArticleCleaner cleaner, ArticleRepository articles, OutboxRepository outbox) {
        this.cleaner = cleaner;
        this.articles = articles;
        this.outbox = outbox;
    }

    public IngestOutcome ingest(ArticleSubmission submission) {
        CleanedArticle cleaned = clean(submission);
        String hash = BodyFingerprint.of(cleaned.body());
        var existing = articles.findByBodyHash(hash);
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), true);
        }
        Article article = new Article();
        article.url = cleaned.url();
        article.title = cleaned.title();
        article.outlet = cleaned.outlet();
        article.author = cleaned.author();
        article.publishedAt = cleaned.publishedAt();
        article.publishedOn = PartialDates.firstDay(cleaned.publishedAt()).orElse(null);
        article.language = cleaned.language();
        article.rawText = submission.text();
        article.body = cleaned.body();
        article.bodyHash = hash;
        articles.persist(article);

        OutboxMessage message = new OutboxMessage();
        message.articleId = article.id;
        message.kind = OutboxMessage.EXTRACT;
        message.nextAttemptAt = Instant.now();
        outbox.persist(message);
        return new IngestOutcome(article, false);
    }

    private CleanedArticle clean(ArticleSubmission submission) {
        if (submission.text() == null || submission.text().isBlank()) {
            throw ApiException.badRequest("text is required and must not be blank");
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
        var hints = new PageHints(Inputs.blankToNull(submission.url()), Inputs.blankToNull(submission.outlet()),
                Inputs.blankToNull(submission.author()), publishedAt, language);
        try {
            return cleaner.clean(submission.text(), hints);
        } catch (UnusableArticleException e) {
            throw new ApiException(422, "UNUSABLE_ARTICLE", e.getMessage());
        }
    }

}
