package org.marsad.entity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.marsad.entity.client.ArticleServiceClient;
import org.marsad.entity.extraction.ExtractionEngine;
import org.marsad.entity.repository.ExtractionRunRepository;

import java.util.List;

/**
 * Brings the graph up to the running engine version: articles whose last extraction was by an older version
 * are read back from article-service and extracted again, a batch per tick. Extraction is idempotent per
 * (article, version) and replaces the older version's output, so a restart or a second replica only repeats
 * no-ops. Articles article-service no longer has lose their extracted facts.
 */
@ApplicationScoped
public class Reprocessing {

    private static final Logger LOG = Logger.getLogger(Reprocessing.class);

    private final ExtractionRunRepository runs;
    private final ArticleServiceClient articles;
    private final ExtractionService extraction;
    private final int batchSize;

    public Reprocessing(ExtractionRunRepository runs, ArticleServiceClient articles, ExtractionService extraction,
                        @ConfigProperty(name = "marsad.reprocess.batch-size") int batchSize) {
        this.runs = runs;
        this.articles = articles;
        this.extraction = extraction;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${marsad.reprocess.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            int done = runOnce();
            if (done > 0) {
                LOG.infof("Re-extracted %d articles with engine version %s", done, ExtractionEngine.VERSION);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reprocessing paused until the next tick: %s", e.getMessage());
        }
    }

    /** Re-extracts one batch of stale articles; returns how many were brought up to date. */
    public int runOnce() {
        List<String> stale = runs.staleArticleIds(ExtractionEngine.VERSION, batchSize);
        int done = 0;
        for (String id : stale) {
            var article = articles.article(id);
            if (article.isPresent()) {
                extraction.extractAndStore(id, article.get().body(), article.get().publishedAt());
            } else {
                extraction.forgetArticle(id);
            }
            done++;
        }
        return done;
    }
}
