package org.marsad.article.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.marsad.article.repository.ArticleRepository;

import java.util.List;

/**
 * Rebuilds, in the background and in small transactions, the search vectors and near-duplicate signatures that
 * an older version of the folding built (or that predate them). It runs a few seconds after start, off the start-up
 * path so that a large backlog never holds up readiness, and hourly after that as a safety net.
 */
@ApplicationScoped
public class SearchIndexBackfill {

    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class);
    private static final int BATCH = 200;

    private final ArticleRepository articles;
    private final ArticleStore store;

    public SearchIndexBackfill(ArticleRepository articles, ArticleStore store) {
        this.articles = articles;
        this.store = store;
    }

    @Scheduled(every = "1h", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void rebuildStale() {
        int done = 0;
        List<Long> ids;
        while (!(ids = articles.idsToReindex(ArticleIndexer.SEARCH_VERSION, BATCH)).isEmpty()) {
            done += store.reindex(ids);
        }
        if (done > 0) {
            LOG.infof("Rebuilt the search index of %d articles (search version %d)", done, ArticleIndexer.SEARCH_VERSION);
        }
    }
}
