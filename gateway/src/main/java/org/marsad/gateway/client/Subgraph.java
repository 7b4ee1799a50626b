package org.marsad.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import jakarta.json.JsonValue;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * One root field of a subgraph, asked with SmallRye's dynamic client for exactly the {@link Selection} the caller
 * needs, and read into the subgraph's shapes (fields not asked stay null). A partial answer (data with errors) is
 * used for what it holds; an answer with no data is turned into the gateway's error by its {@code extensions.code}.
 */
final class Subgraph {

    private static final Logger LOG = Logger.getLogger(Subgraph.class);

    private final String service;
    private final DynamicGraphQLClient client;
    private final ObjectMapper json;

    Subgraph(String service, DynamicGraphQLClient client, ObjectMapper json) {
        this.service = service;
        this.client = client;
        this.json = json;
    }

    /** An argument of the root field: its name, GraphQL type in the subgraph's schema, and value (null allowed). */
    record Arg(String name, String type, Object value) {
    }

    static Arg arg(String name, String type, Object value) {
        return new Arg(name, type, value);
    }

    <T> T query(String field, Selection selection, Class<T> type, Arg... args) {
        return query(field, selection, json.constructType(type), args);
    }

    <T> List<T> queryList(String field, Selection selection, Class<T> item, Arg... args) {
        return query(field, selection, json.getTypeFactory().constructCollectionType(List.class, item), args);
    }

    private <T> T query(String field, Selection selection, JavaType type, Arg... args) {
        Map<String, Object> variables = new HashMap<>();
        for (Arg arg : args) {
            variables.put(arg.name(), arg.value() instanceof Enum<?> e ? e.name() : arg.value());
        }
        String document = document(field, selection, args);
        Response response;
        try {
            response = client.executeSync(document, variables);
        } catch (ExecutionException e) {
            throw UpstreamErrors.translate(service, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UpstreamErrors.translate(service, new IllegalStateException("interrupted", e));
        }
        JsonValue data = response.hasData() ? response.getData().get(field) : null;
        boolean empty = data == null || data.getValueType() == JsonValue.ValueType.NULL;
        if (response.hasError()) {
            if (empty) {
                throw UpstreamErrors.of(service, field, response.getErrors());
            }
            // Some items answered, some not: keep what came; the missing ones are null where they belong.
            LOG.warnf("%s answered %s in part: %s", service, field, response.getErrors().get(0).getMessage());
        }
        if (empty) {
            return null;
        }
        try {
            return json.readValue(data.toString(), type);
        } catch (JsonProcessingException e) {
            throw UpstreamErrors.translate(service, new IllegalStateException("unreadable answer to " + field + ": " + e.getOriginalMessage()));
        }
    }

    /** query($a: T, …) { field(a: $a, …) { … } } */
    static String document(String field, Selection selection, Arg... args) {
        if (args.length == 0) {
            return "query { " + field + " " + selection + " }";
        }
        List<Arg> list = List.of(args);
        return "query(" + list.stream().map(a -> "$" + a.name() + ": " + a.type()).collect(Collectors.joining(", ")) + ") { "
                + field + "(" + list.stream().map(a -> a.name() + ": $" + a.name()).collect(Collectors.joining(", ")) + ") "
                + selection + " }";
    }
}
