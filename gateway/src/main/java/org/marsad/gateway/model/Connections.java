package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Relay connections: edges { cursor node }, pageInfo { hasNextPage endCursor }, totalCount. */
public final class Connections {

    private Connections() {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    @Name("EventEdge")
    public record EventEdge(@NonNull String cursor, @NonNull Event node) {
    }

    @Name("EventConnection")
    public record EventConnection(int totalCount, @NonNull List<@NonNull EventEdge> edges, @NonNull PageInfo pageInfo) {
    }

    @Name("EntityEdge")
    public record EntityEdge(@NonNull String cursor, @NonNull Entity node) {
    }

    @Name("EntityConnection")
    public record EntityConnection(int totalCount, @NonNull List<@NonNull EntityEdge> edges, @NonNull PageInfo pageInfo) {
    }

    @Name("ArticleEdge")
    public record ArticleEdge(@NonNull String cursor, @NonNull Article node,
                              @Description("With a search: the passage that matched, HTML-escaped, matched words in <mark>") String snippet) {
    }

    @Name("ArticleConnection")
    public record ArticleConnection(int totalCount, @NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo) {
    }
}
