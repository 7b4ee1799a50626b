package org.marsad.gateway.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import org.marsad.gateway.client.Selection;

/**
 * What the caller asked of the field being resolved, in the public schema's names, and its translation into each
 * subgraph's names: only the fields the answer needs, plus the ids the batched fields below need as keys.
 */
final class Asked {

    private static final Selection SPAN = Selection.of("start", "end", "text");

    private Asked() {
    }

    /** The caller's selection under the field being resolved (with fragments and aliases merged). */
    static Selection of(Context context) {
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return env == null ? null : of(env.getSelectionSet());
    }

    static Selection of(DataFetchingFieldSelectionSet set) {
        Selection selection = new Selection();
        for (SelectedField field : set.getImmediateFields()) {
            if (!field.getName().startsWith("__")) {
                selection.add(field.getName(), of(field.getSelectionSet()));
            }
        }
        return selection;
    }

    /** EventConnection → entity-service's EventPage. */
    static Selection eventPage(Selection asked) {
        return page(asked, Asked::event);
    }

    /** EntityConnection → entity-service's EntityPage. */
    static Selection entityPage(Selection asked) {
        return page(asked, Asked::entity);
    }

    /** ArticleConnection → article-service's ArticlePage (an edge may carry the search snippet). */
    static Selection articlePage(Selection asked) {
        return page(asked, Asked::article, "snippet");
    }

    /** A connection: paging fields always, the total when asked, each edge's node as {@code node} maps it. */
    private static Selection page(Selection asked, java.util.function.UnaryOperator<Selection> node, String... edgeFields) {
        Selection page = Selection.of("hasNextPage", "endCursor");
        if (asked.has("totalCount")) {
            page.add("totalCount");
        }
        Selection edges = Selection.of("cursor");
        for (String field : edgeFields) {
            if (asked.get("edges").has(field)) {
                edges.add(field);
            }
        }
        if (asked.get("edges").has("node")) {
            edges.add("node", node.apply(asked.get("edges").get("node")));
        }
        return page.add("edges", edges);
    }

    /** Event → entity-service's EventView; the article of each source is fetched from article-service by its id. */
    static Selection event(Selection asked) {
        Selection event = Selection.of("id");
        for (String name : asked.names()) {
            switch (name) {
                case "location" -> event.add("location", entity(asked.get(name)));
                case "participants" -> event.add("participants", participant(asked.get(name)));
                case "organizations" -> event.add("organizations", entity(asked.get(name)));
                case "sources" -> event.add("sources", source(asked.get(name)));
                case "disagreements" -> event.add("disagreements", Selection.of("field", "values"));
                case "corrections" -> event.add("corrections", Selection.of("field", "value"));
                default -> event.add(name);
            }
        }
        return event;
    }

    /** Entity → entity-service's EntityView: name, fullName and acronym are all read from the name and its spellings. */
    static Selection entity(Selection asked) {
        Selection entity = Selection.of("id");
        for (String name : asked.names()) {
            switch (name) {
                case "name", "fullName", "acronym" -> entity.add("name").add("aliases");
                case "nameAr", "type", "aliases", "wikidataId", "mentionCount" -> entity.add(name);
                default -> {
                    // roles, events, articles: batched fields, keyed by id
                }
            }
        }
        return entity;
    }

    /** Role → entity-service's RoleView. */
    static Selection role(Selection asked) {
        Selection role = Selection.of("title");
        if (asked.has("organization")) {
            role.add("organization", entity(asked.get("organization")));
        }
        if (asked.has("source")) {
            role.add("source", source(asked.get("source")));
        }
        return role;
    }

    /** Article → article-service's ArticleView; entities and events are fetched from entity-service by its id. */
    static Selection article(Selection asked) {
        Selection article = Selection.of("id");
        for (String name : asked.names()) {
            switch (name) {
                case "url", "title", "outlet", "author", "publishedAt", "language", "body" -> article.add(name);
                case "nearDuplicates" -> article.add("nearDuplicates", Selection.of("id", "similarity"));
                case "extraction" -> {
                    Selection extraction = Selection.of("status");
                    asked.get(name).names().forEach(extraction::add);
                    article.add("extraction", extraction);
                }
                default -> {
                    // entities, events: batched fields, keyed by id
                }
            }
        }
        return article;
    }

    private static Selection participant(Selection asked) {
        Selection participant = new Selection();
        participant.add("entity", entity(asked.get("entity")));
        if (asked.has("role")) {
            participant.add("role");
        }
        return participant;
    }

    private static Selection source(Selection asked) {
        Selection source = new Selection();
        if (asked.has("article")) {
            source.add("articleId");
        }
        source.add("evidence", span(asked.get("evidence")));
        if (asked.has("reading")) {
            source.add("reading", reading(asked.get("reading")));
        }
        return source;
    }

    private static Selection reading(Selection asked) {
        Selection reading = new Selection();
        for (String name : asked.names()) {
            switch (name) {
                case "location" -> reading.add("location", entity(asked.get(name)));
                case "participants" -> reading.add("participants", new Selection().add("entity", entity(asked.get(name).get("entity")))
                        .add("spelling"));
                case "dateSpan", "locationSpan" -> reading.add(name, span(asked.get(name)));
                default -> reading.add(name);
            }
        }
        return reading.isEmpty() ? reading.add("status") : reading;
    }

    private static Selection span(Selection asked) {
        Selection span = new Selection();
        asked.names().stream().filter(SPAN::has).forEach(span::add);
        return span.isEmpty() ? span.add("start") : span;
    }
}
