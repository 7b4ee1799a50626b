package org.marsad.gateway.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.gateway.client.ArticleService;
import org.marsad.gateway.client.EntityService;
import org.marsad.gateway.graphql.errors.BadRequestError;
import org.marsad.gateway.model.Article;
import org.marsad.gateway.model.Connections.ArticleConnection;
import org.marsad.gateway.model.Connections.EntityConnection;
import org.marsad.gateway.model.Connections.EventConnection;
import org.marsad.gateway.model.Entity;
import org.marsad.gateway.model.EntityType;
import org.marsad.gateway.model.Event;
import org.marsad.gateway.model.EventType;
import org.marsad.gateway.model.Extraction.ExtractionPreview;
import org.marsad.gateway.model.Ingest.ArticleInput;
import org.marsad.gateway.model.Ingest.IngestResult;
import org.marsad.gateway.model.Topic;

/** The public GraphQL API (contract in docs/CONTRACT.md): root queries and the one mutation. */
@GraphQLApi
public class GraphQueries {

    private final EntityService entities;
    private final ArticleService articles;
    private final Caller caller;

    public GraphQueries(EntityService entities, ArticleService articles, Caller caller) {
        this.entities = entities;
        this.articles = articles;
        this.caller = caller;
    }

    @Query
    @Description("Events, newest first. involving: an entity id, name, alias or acronym in any script (DGSN, المديرية العامة للأمن الوطني, Hammouchi); "
            + "an event involves an organization when it takes part or a participant acts for it. from/to: ISO dates, possibly partial.")
    public @NonNull EventConnection events(String involving, EventType type, Topic topic, String from, String to,
                                           @DefaultValue("20") Integer first, String after) {
        return ModelMapper.events(entities.events(involving, type, topic, from, to, first, after));
    }

    @Query
    public Event event(@NonNull @Id String id) {
        return ModelMapper.event(entities.event(id));
    }

    @Query
    public Entity entity(@NonNull @Id String id) {
        return ModelMapper.entity(entities.entity(id));
    }

    @Query
    @Description("Entities by name or alias in any script, tolerant of small spelling differences")
    public @NonNull EntityConnection entities(String search, EntityType type, @DefaultValue("20") Integer first, String after) {
        return ModelMapper.entities(entities.entities(search, type, first, after));
    }

    @Query
    public Article article(@NonNull @Id String id) {
        return ModelMapper.article(articles.article(id));
    }

    @Query
    @Description("Articles, newest first, filtered by text, outlet and publication dates")
    public @NonNull ArticleConnection articles(String search, String outlet, String from, String to,
                                               @DefaultValue("20") Integer first, String after) {
        return ModelMapper.articles(articles.articles(search, outlet, from, to, first, after));
    }

    @Query
    @Description("Dry run: what the engine extracts from text (offsets index into text). Stores nothing.")
    public @NonNull ExtractionPreview extract(@NonNull String text, String publishedAt) {
        if (text.isBlank()) {
            throw new BadRequestError("text must not be blank");
        }
        return entities.extract(text, publishedAt);
    }

    @Mutation
    @Description("Stores an article (plain text or HTML) and queues its extraction. Needs Authorization: Bearer <token>.")
    public @NonNull IngestResult ingestArticle(@NonNull ArticleInput input) {
        var stored = articles.ingest(caller.writerAuthorization("ingestArticle"), input);
        Article article = ModelMapper.article(articles.article(stored.id()));
        return new IngestResult(article, stored.duplicate(), stored.undated());
    }
}
