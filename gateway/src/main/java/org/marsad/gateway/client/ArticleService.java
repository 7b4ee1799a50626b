package org.marsad.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.graphql.client.GraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.marsad.gateway.client.ArticleServiceData.ArticleData;
import org.marsad.gateway.client.ArticleServiceData.ArticlePageData;
import org.marsad.gateway.client.ArticleServiceData.ErrorData;
import org.marsad.gateway.client.ArticleServiceData.IngestData;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.graphql.errors.UnauthenticatedError;
import org.marsad.gateway.graphql.errors.UnusableArticleError;
import org.marsad.gateway.graphql.errors.NotFoundError;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;
import org.marsad.gateway.model.ExtractionStatus;
import org.marsad.gateway.model.Ingest.ArticleInput;

import java.util.List;
import java.util.function.Supplier;

import static org.marsad.gateway.client.Subgraph.arg;

/** article-service as the gateway uses it; reads are retried, a write is sent once (it is idempotent, but a client retries it better). */
@ApplicationScoped
@Upstream("article-service")
@Timeout(10_000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000, failOn = {UpstreamUnavailableError.class, TimeoutException.class},
        skipOn = {BadRequestError.class, NotFoundError.class, UnauthenticatedError.class, UnusableArticleError.class})
public class ArticleService {

    private static final String NAME = "article-service";
    private final Subgraph graph;
    private final ArticleIngestApi ingest;

    public ArticleService(@GraphQLClient("article-service") DynamicGraphQLClient client, ObjectMapper json,
                          @RestClient ArticleIngestApi ingest) {
        this.graph = new Subgraph(NAME, client, json);
        this.ingest = ingest;
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = {UpstreamUnavailableError.class, TimeoutException.class})
    public ArticleData article(Selection selection, String id) {
        return call(() -> graph.query("article", selection, ArticleData.class, arg("id", "ID", id)));
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = {UpstreamUnavailableError.class, TimeoutException.class})
    public List<ArticleData> articlesByIds(Selection selection, List<String> ids) {
        return call(() -> graph.queryList("articlesByIds", selection, ArticleData.class, arg("ids", "[String]", ids)));
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = {UpstreamUnavailableError.class, TimeoutException.class})
    public ArticlePageData articles(Selection selection, String search, String outlet, String from, String to,
                                    ExtractionStatus extraction, Integer first, String after) {
        return call(() -> graph.query("articles", selection, ArticlePageData.class, arg("search", "String", search),
                arg("outlet", "String", outlet), arg("from", "String", from), arg("to", "String", to),
                arg("extraction", "ExtractionStatus", extraction), arg("first", "Int", first), arg("after", "String", after)));
    }

    /** Stores an article with the caller's own credentials. */
    @Timeout(60_000)
    public IngestData ingest(String authorization, ArticleInput input) {
        try (var response = ingest.create(authorization, input)) {
            int status = response.getStatus();
            if (status == 200 || status == 201) {
                return response.readEntity(IngestData.class);
            }
            ErrorData error = response.hasEntity() ? response.readEntity(ErrorData.class) : new ErrorData(status, null, "HTTP " + status);
            throw switch (status) {
                case 401, 403 -> new UnauthenticatedError("a valid API token is required (Authorization: Bearer <token>)");
                case 422 -> new UnusableArticleError(error.message());
                default -> status >= 500 ? new UpstreamUnavailableError(NAME + " failed to store the article")
                        : new BadRequestError(error.message());
            };
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableError(NAME + " is unavailable; try again shortly");
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw UpstreamErrors.translate(NAME, e);
        }
    }
}
