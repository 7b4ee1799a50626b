package org.marsad.entity.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.marsad.entity.client.ArticleApi.StoredArticle;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Reads articles back from article-service for reprocessing; empty when the article no longer exists. */
@ApplicationScoped
public class ArticleServiceClient {

    private final ArticleApi api;

    public ArticleServiceClient(@RestClient ArticleApi api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Optional<StoredArticle> article(String id) {
        try {
            return Optional.of(api.article(id));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
