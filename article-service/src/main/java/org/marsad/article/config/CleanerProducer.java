package org.marsad.article.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marsad.article.cleaning.ArticleCleaner;

/** The cleaner is plain Java (testable alone); one instance serves every request. */
public class CleanerProducer {

    @Produces
    @Singleton
    ArticleCleaner cleaner() {
        return new ArticleCleaner();
    }
}
