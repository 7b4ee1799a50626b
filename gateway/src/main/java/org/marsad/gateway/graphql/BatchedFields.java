package org.marsad.gateway.graphql;

import io.smallrye.graphql.api.Context;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.marsad.gateway.client.ArticleService;
import org.marsad.gateway.client.ArticleServiceData.ArticleData;
import org.marsad.gateway.client.EntityService;
import org.marsad.gateway.client.EntityServiceData;
import org.marsad.gateway.client.EntityServiceData.ArticleEntitiesData;
import org.marsad.gateway.client.EntityServiceData.ArticleEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityArticlesData;
import org.marsad.gateway.client.EntityServiceData.EntityEventsData;
import org.marsad.gateway.client.EntityServiceData.EntityRolesData;
import org.marsad.gateway.client.Selection;
import org.marsad.gateway.model.Article;
import org.marsad.gateway.model.NearDuplicate;
import org.marsad.gateway.model.Connections.ArticleConnection;
import org.marsad.gateway.model.Connections.ArticleEdge;
import org.marsad.gateway.model.Connections.EventConnection;
import org.marsad.gateway.model.Entity;
import org.marsad.gateway.model.Event;
import org.marsad.gateway.model.EventSource;
import org.marsad.gateway.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * Fields that cross services. They are nullable: when the service behind one cannot be reached, a read still
 * answers everything else, with null and an UPSTREAM_UNAVAILABLE error at each missing path. Each takes the whole level's sources at once (the list form of {@code @Source}),
 * so a query costs one call per service per level, never one per item.
 */
@GraphQLApi
public class BatchedFields {

    private final EntityService entities;
    private final ArticleService articles;
    private final Context context;

    public BatchedFields(EntityService entities, ArticleService articles, Context context) {
        this.entities = entities;
        this.articles = articles;
        this.context = context;
    }

    @Description("The article (null, with an UPSTREAM_UNAVAILABLE error at its path, while article-service cannot be reached)")
    public List<Article> article(@Source List<EventSource> sources) {
        Map<String, Article> byId = articlesById(Asked.article(Asked.of(context)), sources.stream().map(EventSource::articleId).toList());
        return sources.stream().map(s -> byId.get(s.articleId())).toList();
    }

    @Description("Titles this person holds in organizations (empty for other entities)")
    public List<List<@NonNull Role>> roles(@Source List<Entity> people) {
        var answers = byKey(entities.rolesByEntities(Asked.role(Asked.of(context)), ids(people, Entity::id)), 
                EntityRolesData::entityId, EntityRolesData::roles);
        return people.stream().map(p -> ModelMapper.nonNull(answers.get(p.id())).stream().map(ModelMapper::role).toList()).toList();
    }

    @Description("Events involving this entity, newest first (as Query.events(involving: id))")
    public List<EventConnection> events(@Source List<Entity> sources,
                                                 @DefaultValue("20") @Description(Paging.FIRST) Integer first,
                                                 @Description(Paging.AFTER) String after) {
        var answers = byKey(entities.eventsByEntities(Asked.eventPage(Asked.of(context)), ids(sources, Entity::id), 
                Paging.first(first), after), EntityEventsData::entityId, EntityEventsData::events);
        return sources.stream().map(e -> answers.get(e.id()) == null ? null : ModelMapper.events(answers.get(e.id()), after)).toList();
    }

    @Description("Articles that name this entity, most recently extracted first (null, with an error, while article-service cannot be reached)")
    public List<ArticleConnection> articles(@Source List<Entity> sources,
                                                     @DefaultValue("20") @Description(Paging.FIRST) Integer first,
                                                     @Description(Paging.AFTER) String after) {
        var pages = byKey(entities.articlesByEntities(ids(sources, Entity::id), Paging.first(first), after),
                EntityArticlesData::entityId, EntityArticlesData::articles);
        List<String> articleIds = pages.values().stream().flatMap(p -> ModelMapper.nonNull(p.edges()).stream())
                .map(EntityServiceData.ArticleRefEdgeData::articleId).toList();
        Map<String, Article> byId = articlesById(Asked.article(Asked.of(context).get("edges").get("node")), articleIds);
        List<ArticleConnection> result = new ArrayList<>();
        for (Entity entity : sources) {
            var page = pages.get(entity.id());
            if (page == null) {
                result.add(null);
                continue;
            }
            var edges = ModelMapper.nonNull(page.edges()).stream()
                    .filter(e -> byId.containsKey(e.articleId()))
                    .map(e -> new ArticleEdge(e.cursor(), byId.get(e.articleId()), null)).toList();
            result.add(new ArticleConnection((int) page.totalCount(), edges,
                    ModelMapper.pageInfo(page.hasNextPage(), after, edges, ArticleEdge::cursor)));
        }
        return result;
    }

    @Description("Entities the article names, most named first (null, with an error, while entity-service cannot be reached)")
    public List<List<@NonNull Entity>> entities(@Source List<Article> sources) {
        var answers = byKey(entities.entitiesByArticles(Asked.entity(Asked.of(context)), ids(sources, Article::id)),
                ArticleEntitiesData::articleId, ArticleEntitiesData::entities);
        return sources.stream().map(a -> ModelMapper.nonNull(answers.get(a.id())).stream().map(ModelMapper::entity).toList()).toList();
    }

    @Description("Events the article tells, each possibly told by other articles too (null, with an error, while entity-service cannot be reached)")
    public List<List<@NonNull Event>> events(@Source List<Article> sources) {
        var answers = byKey(entities.eventsByArticles(Asked.event(Asked.of(context)), ids(sources, Article::id)),
                ArticleEventsData::articleId, ArticleEventsData::events);
        return sources.stream().map(a -> ModelMapper.nonNull(answers.get(a.id())).stream().map(ModelMapper::event).toList()).toList();
    }

    @Description("Other stored articles telling the same story, most similar first")
    public List<List<@NonNull NearDuplicate>> nearDuplicates(@Source List<Article> sources) {
        Map<String, Article> byId = articlesById(Asked.article(Asked.of(context).get("article")), sources.stream()
                .flatMap(a -> ModelMapper.nonNull(a.nearDuplicateRefs()).stream()).map(NearDuplicate.Ref::articleId).toList());
        return sources.stream().map(a -> ModelMapper.nonNull(a.nearDuplicateRefs()).stream()
                .filter(ref -> byId.containsKey(ref.articleId()))
                .map(ref -> new NearDuplicate(byId.get(ref.articleId()), ref.similarity())).toList()).toList();
    }

    private Map<String, Article> articlesById(Selection selection, List<String> ids) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return articles.articlesByIds(selection, distinct).stream().filter(a -> a != null)
                .collect(Collectors.toMap(ArticleData::id, ModelMapper::article, (a, b) -> a));
    }

    /** Batched answers by the key they carry (the subgraph may answer in another order, or leave one out). */
    private static <T, V> Map<String, V> byKey(List<T> answers, Function<T, String> key, Function<T, V> value) {
        Map<String, V> byKey = new HashMap<>();
        for (T answer : ModelMapper.nonNull(answers)) {
            byKey.putIfAbsent(key.apply(answer), value.apply(answer));
        }
        return byKey;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return List.copyOf(new LinkedHashSet<>(items.stream().map(id).toList()));
    }
}
