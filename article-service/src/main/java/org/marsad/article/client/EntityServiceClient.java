package org.marsad.article.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sends articles to entity-service for extraction. No retry here: the outbox retries with backoff. The circuit
 * breaker stops hammering entity-service while it is down, so it counts only what says so: timeouts and failures
 * to connect. An HTTP error is entity-service's answer about one article and never opens it.
 */
@ApplicationScoped
public class EntityServiceClient {

    private final ExtractionApi api;
    private final String authorization;

    public EntityServiceClient(@RestClient ExtractionApi api, @ConfigProperty(name = "marsad.api.token") Optional<String> token) {
        this.api = api;
        this.authorization = token.map(t -> "Bearer " + t).orElse(null);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {TimeoutException.class, ProcessingException.class})
    public ExtractionAck extract(ExtractionRequest request) {
        return api.extract(authorization, request);
    }
}
