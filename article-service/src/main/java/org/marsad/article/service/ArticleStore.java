package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.article.cleaning.CleanedArticle;
import org.marsad.article.domain.Article;
import org.marsad.article.domain.OutboxMessage;
import org.marsad.commons.tracing.TraceParents;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.OutboxRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores a cleaned article with its search vector and near-duplicate links, and records "extract it"
 * in the outbox, all in one transaction: an article is never stored without being sent on, nor sent
 * on without being stored, and a failure leaves nothing half-stored.
 */
@ApplicationScoped
@Transactional
public class ArticleStore {

    private final ArticleRepository articles;
    private final OutboxRepository outbox;
    private final ArticleIndexer indexer;

    public ArticleStore(ArticleRepository articles, OutboxRepository outbox, ArticleIndexer indexer) {
        this.articles = articles;
        this.outbox = outbox;
        this.indexer = indexer;
    }

    public IngestOutcome store(String rawText, CleanedArticle cleaned, String bodyHash, int[] signature) {
        Optional<Article> existing = articles.findByBodyHash(bodyHash);
        if (existing.isPresent()) {
            return IngestOutcome.duplicateOf(existing.get());
        }
        Article article = new Article();
        article.url = cleaned.url();
        article.title = cleaned.title();
        article.outlet = cleaned.outlet();
        article.author = cleaned.author();
        article.publishedAt = cleaned.publishedAt();
        article.publishedOn = PartialDates.firstDay(cleaned.publishedAt()).orElse(null);
        article.language = cleaned.language();
        article.rawText = rawText;
        article.body = cleaned.body();
        article.bodyHash = bodyHash;
        article.minhash = signature;
        articles.persist(article);
        var links = indexer.index(article);

        OutboxMessage message = new OutboxMessage();
        message.articleId = article.id;
        message.kind = OutboxMessage.EXTRACT;
        message.nextAttemptAt = Instant.now();
        message.traceParent = TraceParents.current();
        outbox.persist(message);
        return new IngestOutcome(article, false, links);
    }

    /** The article stored under this body hash, after a concurrent request won the race to store it. */
    public Optional<IngestOutcome> existing(String bodyHash) {
        return articles.findByBodyHash(bodyHash).map(IngestOutcome::duplicateOf);
    }

    /** Rebuilds what {@link ArticleIndexer} derives for a batch of already stored articles. */
    public int reindex(List<Long> ids) {
        var batch = articles.listByIds(ids);
        batch.forEach(indexer::index);
        return batch.size();
    }
}
