package org.marsad.gateway.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.marsad.commons.security.ApiTokenIdentityProvider;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a request to /graphql before SmallRye GraphQL sees it, and answers every refusal in the GraphQL response
 * shape with {@code extensions.code}: a bad bearer token (UNAUTHENTICATED, also on reads: the client believes it is
 * sending credentials), a body that is not UTF-8 JSON of the GraphQL-over-HTTP shape (400 BAD_REQUEST), a document
 * that does not parse or has more tokens than {@code quarkus.smallrye-graphql.parser-max-tokens} (BAD_REQUEST), and
 * more aliases or root fields than {@link QueryLimits} allows (TOO_MANY_ALIASES). Depth and complexity are SmallRye
 * GraphQL's own instrumentations; {@code ErrorCodes} gives their refusals a code.
 */
@ApplicationScoped
public class GraphQLRequestGate {

    private static final Logger LOG = Logger.getLogger(GraphQLRequestGate.class);
    private static final String PATH = "/graphql";
    private static final String BEARER = "Bearer ";
    /** Between Quarkus's CORS filter (300), so refusals carry CORS headers, and authentication (200), which would answer 401. */
    private static final int FILTER_PRIORITY = 250;
    /** Before SmallRye GraphQL's own /graphql route, after the security filters. */
    private static final int ROUTE_ORDER = -100;

    private final ApiTokenIdentityProvider tokens;
    private final QueryLimits limits;
    private final long maxBody;
    private final ParserOptions parserOptions;

    public GraphQLRequestGate(ApiTokenIdentityProvider tokens, QueryLimits limits,
                              @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                              @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens) {
        this.tokens = tokens;
        this.limits = limits;
        this.maxBody = maxBody.asLongValue();
        this.parserOptions = ParserOptions.newParserOptions().maxTokens(maxTokens).captureSourceLocation(false)
                .captureLineComments(false).build();
    }

    void filters(@Observes Filters filters) {
        filters.register(this::checkMethodAndToken, FILTER_PRIORITY);
    }

    void routes(@Observes Router router) {
        router.route(PATH).order(ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody))
                .handler(this::checkRequest)
                .failureHandler(this::failed);
    }

    private void checkMethodAndToken(RoutingContext context) {
        if (!PATH.equals(context.normalizedPath())) {
            context.next();
            return;
        }
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST && method != HttpMethod.OPTIONS) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            GraphQLErrorResponse.send(context, 405, "BAD_REQUEST", "GraphQL takes GET (queries) or POST, not " + method.name());
            return;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            context.next();
            return;
        }
        var request = new TokenAuthenticationRequest(new TokenCredential(header.substring(BEARER.length()).strip(), "bearer"));
        tokens.authenticate(request, null).subscribe().with(
                identity -> context.next(),
                refused -> GraphQLErrorResponse.send(context, 200, "UNAUTHENTICATED",
                        "The bearer token is not valid: send a valid token, or none for reads"));
    }

    private void checkRequest(RoutingContext context) {
        Envelope envelope;
        try {
            envelope = context.request().method() == HttpMethod.GET ? fromQueryString(context) : fromBody(context);
        } catch (RefusedException e) {
            GraphQLErrorResponse.send(context, e.status, "BAD_REQUEST", e.getMessage());
            return;
        }
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(envelope.query()).parserOptions(parserOptions).build());
        } catch (ParseCancelledException e) {
            GraphQLErrorResponse.send(context, 200, "BAD_REQUEST", "The query is too long: " + e.getMessage());
            return;
        } catch (InvalidSyntaxException e) {
            GraphQLErrorResponse.send(context, 200, "BAD_REQUEST", "The query is not valid GraphQL: " + e.getMessage());
            return;
        }
        DocumentShape shape = new DocumentShape(document);
        long aliases = shape.aliases();
        if (aliases > limits.maxAliases()) {
            GraphQLErrorResponse.send(context, 200, "TOO_MANY_ALIASES",
                    "The query has " + aliases + " aliased fields; at most " + limits.maxAliases() + " are allowed");
            return;
        }
        long rootFields = shape.rootFields();
        if (rootFields > limits.maxRootFields()) {
            GraphQLErrorResponse.send(context, 200, "TOO_MANY_ALIASES",
                    "An operation has " + rootFields + " root fields; at most " + limits.maxRootFields() + " are allowed");
            return;
        }
        if (context.request().method() == HttpMethod.GET && isMutation(shape.operations(), envelope.operationName())) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            GraphQLErrorResponse.send(context, 405, "BAD_REQUEST", "Mutations need POST");
            return;
        }
        context.next();
    }

    private Envelope fromBody(RoutingContext context) throws RefusedException {
        String text = utf8(context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes());
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase().startsWith("application/graphql") && !type.toLowerCase().startsWith("application/graphql-response")) {
            return new Envelope(requireQuery(text), null);
        }
        Object json;
        try {
            json = Json.decodeValue(text);
        } catch (DecodeException e) {
            throw new RefusedException(400, "The request body is not JSON: " + e.getMessage());
        }
        if (!(json instanceof JsonObject request)) {
            throw new RefusedException(400, "The request body must be a JSON object {\"query\", \"variables\", \"operationName\"}");
        }
        Object query = request.getValue("query");
        if (!(query instanceof String q)) {
            throw new RefusedException(400, "query must be a string holding a GraphQL document");
        }
        for (String field : List.of("variables", "extensions")) {
            Object value = request.getValue(field);
            if (value != null && !(value instanceof JsonObject)) {
                throw new RefusedException(400, field + " must be a JSON object (or absent), not " + describe(value));
            }
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw new RefusedException(400, "operationName must be a string (or absent), not " + describe(operationName));
        }
        return new Envelope(requireQuery(q), (String) operationName);
    }

    private static Envelope fromQueryString(RoutingContext context) throws RefusedException {
        String variables = context.request().getParam("variables");
        if (variables != null && !variables.isBlank()) {
            Object json;
            try {
                json = Json.decodeValue(variables);
            } catch (DecodeException e) {
                throw new RefusedException(400, "variables is not JSON: " + e.getMessage());
            }
            if (!(json instanceof JsonObject)) {
                throw new RefusedException(400, "variables must be a JSON object, not " + describe(json));
            }
        }
        return new Envelope(requireQuery(context.request().getParam("query")), context.request().getParam("operationName"));
    }

    private static String requireQuery(String query) throws RefusedException {
        if (query == null || query.isBlank()) {
            throw new RefusedException(400, "query is required: a GraphQL document such as { events(first: 5) { totalCount } }");
        }
        return query;
    }

    private static boolean isMutation(List<OperationDefinition> operations, String operationName) {
        return operations.stream()
                .filter(o -> operationName == null || operationName.isBlank() ? operations.size() == 1 : operationName.equals(o.getName()))
                .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private static String utf8(byte[] bytes) throws RefusedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedException(400, "The request body is not UTF-8");
        }
    }

    private static String describe(Object value) {
        return switch (value) {
            case String s -> "a string";
            case Number n -> "a number";
            case Boolean b -> "a boolean";
            case JsonObject object -> "an object";
            case Iterable<?> list -> "an array";
            case Map<?, ?> map -> "an object";
            default -> "a " + value.getClass().getSimpleName();
        };
    }

    /** A failure on the way to GraphQL (a body over the size limit, or a bug) in the GraphQL shape, never an HTML page. */
    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            GraphQLErrorResponse.send(context, 413, "BAD_REQUEST", "The request body is over " + maxBody + " bytes");
        } else if (status >= 400 && status < 500) {
            GraphQLErrorResponse.send(context, status, "BAD_REQUEST", "The request cannot be read as GraphQL over HTTP");
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "Unexpected failure at /graphql, reference %s", reference);
            GraphQLErrorResponse.send(context, 500, "INTERNAL", "Internal error; reference " + reference);
        }
    }

    /** What the gateway needs of a GraphQL-over-HTTP request before it runs. */
    private record Envelope(String query, String operationName) {
    }

    /** A request refused before GraphQL runs, with its HTTP status. */
    private static final class RefusedException extends Exception {
        private final int status;

        RefusedException(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
