package org.marsad.article.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.marsad.article.repository.ArticleRepository;

import java.util.List;

/**
 * At start, after the migrations, rebuilds the search vectors and near-duplicate signatures that an
 * older version of the folding built (or that predate them), in small transactions.
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

    void onStart(@Observes @Priority(20) StartupEvent event) {
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
