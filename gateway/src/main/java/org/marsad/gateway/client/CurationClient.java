package org.marsad.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.marsad.gateway.client.ArticleServiceData.ErrorData;
import org.marsad.gateway.client.EntityServiceData.EntityData;
import org.marsad.gateway.client.EntityServiceData.EventData;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.graphql.errors.NotFoundError;
import org.marsad.gateway.graphql.errors.UnauthenticatedError;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Curation writes on entity-service with the caller's own credentials; its refusals become GraphQL error codes. Never retried: not idempotent. */
@ApplicationScoped
@Upstream("entity-service")
public class CurationClient {

    private static final String NAME = "entity-service";

    private final CurationApi api;

    public CurationClient(@RestClient CurationApi api) {
        this.api = api;
    }

    @Timeout(30_000)
    public EntityData merge(String authorization, String into, String from) {
        return call(() -> api.merge(authorization, into, Map.of("from", from)), EntityData.class);
    }

    @Timeout(30_000)
    public EntityData split(String authorization, String id, List<String> aliases) {
        return call(() -> api.split(authorization, id, Map.of("aliases", aliases)), EntityData.class);
    }

    @Timeout(30_000)
    public EntityData addAlias(String authorization, String id, String alias) {
        return call(() -> api.addAlias(authorization, id, Map.of("alias", alias)), EntityData.class);
    }

    @Timeout(30_000)
    public EntityData removeAlias(String authorization, String id, String alias) {
        return call(() -> api.removeAlias(authorization, id, alias), EntityData.class);
    }

    @Timeout(30_000)
    public EventData correct(String authorization, String id, Map<String, String> fields) {
        return call(() -> api.correct(authorization, id, new HashMap<>(fields)), EventData.class);
    }

    private static <T> T call(Supplier<Response> request, Class<T> type) {
        try (Response response = request.get()) {
            int status = response.getStatus();
            if (status == 200) {
                return response.readEntity(type);
            }
            ErrorData error = response.hasEntity() ? response.readEntity(ErrorData.class) : new ErrorData(status, null, "HTTP " + status);
            throw switch (status) {
                case 401, 403 -> new UnauthenticatedError("a valid API token is required (Authorization: Bearer <token>)");
                case 404 -> new NotFoundError(error.message());
                default -> status >= 500 ? new UpstreamUnavailableError(NAME + " failed to apply the correction")
                        : new BadRequestError(error.message());
            };
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableError(NAME + " is unavailable; try again shortly");
        }
    }
}
