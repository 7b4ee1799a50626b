package org.marsad.gateway.graphql;

import io.smallrye.graphql.api.Context;
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
import org.marsad.gateway.model.EntityOrder;
import org.marsad.gateway.model.EntityType;
import org.marsad.gateway.model.Event;
import org.marsad.gateway.model.EventType;
import org.marsad.gateway.model.Extraction.ExtractionPreview;
import org.marsad.gateway.model.ExtractionStatus;
import org.marsad.gateway.model.Ingest.ArticleInput;
import org.marsad.gateway.model.Ingest.IngestResult;
import org.marsad.gateway.model.Topic;

/** The public GraphQL API (contract in docs/CONTRACT.md): root queries and the one mutation. */
@GraphQLApi
public class GraphQueries {

    private static final String FROM = "Only items on or after this date: ISO 8601, possibly partial (2024, 2024-06, 2024-06-26); "
            + "anything else is BAD_REQUEST";
    private static final String TO = "Only items on or before this date, the whole period included (to: \"2024-06\" includes June 30)";

    private final EntityService entities;
    private final ArticleService articles;
    private final Caller caller;
    private final Context context;

    public GraphQueries(EntityService entities, ArticleService articles, Caller caller, Context context) {
        this.entities = entities;
        this.articles = articles;
        this.caller = caller;
        this.context = context;
    }

    @Query
    @Description("Events, newest first (by first day covered; undated events last), filtered by who is involved, type, topic and dates")
    public @NonNull EventConnection events(
            @Description("An entity id, name, alias or acronym in any script (DGSN, المديرية العامة للأمن الوطني, Hammouchi). "
                    + "An event involves an organization when it takes part or a participant acts for it") String involving,
            @Description("Only events of this type") EventType type,
            @Description("Only events about this topic") Topic topic,
            @Description(FROM) String from,
            @Description(TO) String to,
            @DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after) {
        return ModelMapper.events(entities.events(Asked.eventPage(Asked.of(context)), involving, type, topic, from, to, Paging.first(first), after), after);
    }

    @Query
    @Description("One event by id; null when no event has it")
    public Event event(@NonNull @Id @Description("The event's id") String id) {
        return ModelMapper.event(entities.event(Asked.event(Asked.of(context)), id));
    }

    @Query
    @Description("One entity by id (an id merged away answers the entity it was merged into); null when unknown")
    public Entity entity(@NonNull @Id @Description("The entity's id") String id) {
        return ModelMapper.entity(entities.entity(Asked.entity(Asked.of(context)), id));
    }

    @Query
    @Description("Entities by name or alias in any script, tolerant of small spelling differences; "
            + "minMentions: 1 leaves out knowledge-base entries no article names")
    public @NonNull EntityConnection entities(
            @Description("A name, alias or acronym in any script; matches contain it or resemble it (trigram similarity above 0.4)")
            String search,
            @Description("Only entities of this type") EntityType type,
            @DefaultValue("0") @Description("Only entities named at least this many times in stored articles (0 or more)") Integer minMentions,
            @DefaultValue("RELEVANCE") @Description("Sort order") EntityOrder orderBy,
            @DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after) {
        if (minMentions != null && minMentions < 0) {
            throw new BadRequestError("minMentions must be 0 or more, got " + minMentions);
        }
        return ModelMapper.entities(entities.entities(Asked.entityPage(Asked.of(context)), search, type, minMentions, orderBy, Paging.first(first), after), after);
    }

    @Query
    @Description("One article by id; null when unknown")
    public Article article(@NonNull @Id @Description("The article's id") String id) {
        return ModelMapper.article(articles.article(Asked.article(Asked.of(context)), id));
    }

    @Query
    @Description("Articles, newest first (undated last), or best match first with search; filtered by outlet and publication dates")
    public @NonNull ArticleConnection articles(
            @Description("Words in any spelling and script (Arabic letter variants folded), web-search syntax: \"quoted phrase\", -excluded, or; "
                    + "at most 500 characters") String search,
            @Description("Only articles of this outlet (case-insensitive, exact name)") String outlet,
            @Description(FROM) String from,
            @Description(TO) String to,
            @Description("Only articles in this extraction state (FAILED: those entity-service refused, with the reason in extraction.lastError)")
            ExtractionStatus extraction,
            @DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after) {
        return ModelMapper.articles(articles.articles(Asked.articlePage(Asked.of(context)), search, outlet, from, to, extraction, Paging.first(first), after), after);
    }

    @Query
    @Description("Dry run: what the engine extracts from text (offsets in UTF-16 code units into text). Stores nothing.")
    public @NonNull ExtractionPreview extract(
            @NonNull @Description("Plain text to read, not blank") String text,
            @Description("Publication date to resolve relative dates against: ISO 8601 or as pages write it (18 juillet 2024); "
                    + "when absent, a dateline in text is used") String publishedAt) {
        if (text.isBlank()) {
            throw new BadRequestError("text must not be blank");
        }
        return entities.extract(text, publishedAt);
    }

    @Mutation
    @Description("Stores an article (plain text or HTML) and queues its extraction; an article already stored is not stored twice. "
            + "Needs Authorization: Bearer <token>.")
    public @NonNull IngestResult ingestArticle(@NonNull @Description("The article") ArticleInput input) {
        var stored = articles.ingest(caller.writerAuthorization("ingestArticle"), input);
        Article article = ModelMapper.article(articles.article(Asked.article(Asked.of(context).get("article")), stored.id()));
        return new IngestResult(article, stored.duplicate(), stored.undated());
    }
}
