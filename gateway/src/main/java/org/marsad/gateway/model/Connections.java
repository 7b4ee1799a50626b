package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Relay connections: edges { cursor node }, pageInfo { hasNextPage endCursor ... }, totalCount. */
public final class Connections {

    private Connections() {
    }

    private static final String CURSOR = "Opaque cursor of this item's position in the sort order: pass it as after to get "
            + "the items that follow it. Items stored or removed meanwhile neither repeat nor skip items";
    private static final String TOTAL = "How many items match the filters in all pages (counted when this page was read)";

    @Description("Where a page stands in its listing")
    public record PageInfo(@Description("Whether items follow this page: ask again with after: endCursor") boolean hasNextPage,
                           @Description("Whether items come before this page (true when it was asked with after)") boolean hasPreviousPage,
                           @Description("Cursor of the page's first item; null for an empty page") String startCursor,
                           @Description("Cursor of the page's last item, to pass as after for the next page; null for an empty page")
                           String endCursor) {
    }

    @Name("EventEdge")
    @Description("An event in a page, with its cursor")
    public record EventEdge(@NonNull @Description(CURSOR) String cursor, @NonNull @Description("The event") Event node) {
    }

    @Name("EventConnection")
    @Description("A page of events, newest first (by first day covered; undated events last)")
    public record EventConnection(@Description(TOTAL) int totalCount,
                                  @NonNull @Description("The page's events") List<@NonNull EventEdge> edges,
                                  @NonNull @Description("Whether more pages follow, and their cursors") PageInfo pageInfo) {
    }

    @Name("EntityEdge")
    @Description("An entity in a page, with its cursor")
    public record EntityEdge(@NonNull @Description(CURSOR) String cursor, @NonNull @Description("The entity") Entity node) {
    }

    @Name("EntityConnection")
    @Description("A page of entities, in the order asked (orderBy)")
    public record EntityConnection(@Description(TOTAL) int totalCount,
                                   @NonNull @Description("The page's entities") List<@NonNull EntityEdge> edges,
                                   @NonNull @Description("Whether more pages follow, and their cursors") PageInfo pageInfo) {
    }

    @Name("ArticleEdge")
    @Description("An article in a page, with its cursor")
    public record ArticleEdge(@NonNull @Description(CURSOR) String cursor, @NonNull @Description("The article") Article node,
                              @Description("With a search: the passage that matched, HTML-escaped, matched words in <mark>; null without a search")
                              String snippet) {
    }

    @Name("ArticleConnection")
    @Description("A page of articles: newest first (undated last), or best match first with a search")
    public record ArticleConnection(@Description(TOTAL) int totalCount,
                                    @NonNull @Description("The page's articles") List<@NonNull ArticleEdge> edges,
                                    @NonNull @Description("Whether more pages follow, and their cursors") PageInfo pageInfo) {
    }
}
