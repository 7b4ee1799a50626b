package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.commons.paging.Ids;
import org.marsad.commons.paging.KeysetCursor;
import org.marsad.commons.paging.PageOf;
import org.marsad.commons.rest.ApiException;
import org.marsad.entity.domain.EntityRole;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.extraction.Topic;
import org.marsad.entity.graphql.Views.ArticleEntities;
import org.marsad.entity.graphql.Views.ArticleEvents;
import org.marsad.entity.graphql.Views.ArticleRefEdge;
import org.marsad.entity.graphql.Views.ArticleRefPage;
import org.marsad.entity.graphql.Views.EntityArticles;
import org.marsad.entity.graphql.Views.EntityEvents;
import org.marsad.entity.graphql.Views.EntityEdge;
import org.marsad.entity.graphql.Views.EntityPage;
import org.marsad.entity.graphql.Views.EntityRoles;
import org.marsad.entity.graphql.Views.EntityView;
import org.marsad.entity.graphql.Views.EventEdge;
import org.marsad.entity.graphql.Views.EventPage;
import org.marsad.entity.graphql.Views.EventView;
import org.marsad.entity.mapping.ViewMapper;
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.EventRepository;
import org.marsad.entity.repository.EntityRepository.EntityOrder;
import org.marsad.entity.repository.EntityRepository.EntityRow;
import org.marsad.entity.repository.EventRepository.EventFilter;
import org.marsad.entity.repository.EventRepository.EventPosition;
import org.marsad.entity.repository.MentionRepository;
import org.marsad.entity.repository.RoleRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The read side of the graph, shaped for the gateway: pages, lookups by id and batched lookups. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GraphQueryService {

    /** Cursor kinds: a cursor of one listing is refused by another. */
    private static final String EVENT = "event";
    private static final String ARTICLE_REF = "entity-article";

    private final EntityRepository entities;
    private final EventRepository events;
    private final MentionRepository mentions;
    private final RoleRepository roles;
    private final ViewMapper mapper;

    public GraphQueryService(EntityRepository entities, EventRepository events, MentionRepository mentions,
                             RoleRepository roles, ViewMapper mapper) {
        this.entities = entities;
        this.events = events;
        this.mentions = mentions;
        this.roles = roles;
        this.mapper = mapper;
    }

    /**
     * Events, newest first. {@code involving} is an entity id, a name, an alias or an acronym in any script;
     * an event involves it when it takes part, is one of the organizations, or is the place.
     */
    public EventPage events(String involving, EventType type, Topic topic, String from, String to, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        EventPosition position = KeysetCursor.decode(after, EVENT, 2)
                .map(k -> new EventPosition(KeysetCursor.day(k.get(0)), KeysetCursor.number(k.get(1)))).orElse(null);
        // Dates are checked first: a bad date is the client's mistake even when nothing is involved.
        var fromDay = day("from", from, 0);
        var toDay = day("to", to, 1);
        List<Long> involved = null;
        if (involving != null && !involving.isBlank()) {
            involved = resolve(involving);
            if (involved.isEmpty()) {
                return new EventPage(0, List.of(), false, null);
            }
        }
        var filter = new EventFilter(involved, type, topic, fromDay, toDay);
        var page = events.page(filter, position, size);
        List<EventView> views = mapper.events(page.items());
        List<EventEdge> edges = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            EventRecord record = page.items().get(i);
            edges.add(new EventEdge(KeysetCursor.encode(EVENT, record.dateFrom, record.id), views.get(i)));
        }
        return new EventPage(page.total(), edges, page.hasNext(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }

    public Optional<EventView> event(String id) {
        return Ids.parse(id).flatMap(events::findByIdOptional).map(e -> mapper.events(List.of(e)).get(0));
    }

    /** Events by id, in the order asked; null where unknown. */
    public List<EventView> eventsByIds(List<String> ids) {
        List<EventRecord> found = events.listByIds(ids.stream().map(Ids::parse).flatMap(Optional::stream).distinct().toList());
        List<EventView> views = mapper.events(found);
        Map<String, EventView> byId = new HashMap<>();
        views.forEach(v -> byId.put(v.id(), v));
        return ids.stream().map(byId::get).toList();
    }

    public Optional<EntityView> entity(String id) {
        // An id merged away answers the entity it was merged into.
        return Ids.parse(id).flatMap(entities::findCurrent).flatMap(e -> Optional.ofNullable(mapper.entityViews(List.of(e.id)).get(e.id)));
    }

    public List<EntityView> entitiesByIds(List<String> ids) {
        Map<Long, EntityView> byId = mapper.entityViews(ids.stream().map(Ids::parse).flatMap(Optional::stream).toList());
        return ids.stream().map(id -> Ids.parse(id).map(byId::get).orElse(null)).toList();
    }

    /** Entities matching {@code search}, named at least {@code minMentions} times, in {@code order}. */
    public EntityPage entities(String search, EntityType type, Integer minMentions, EntityOrder order, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        EntityOrder sort = order == null ? EntityOrder.RELEVANCE : order;
        String kind = "entity-" + sort.name().toLowerCase();
        EntityRow position = KeysetCursor.decode(after, kind, 2).map(k -> sort == EntityOrder.MENTIONS
                ? new EntityRow(KeysetCursor.number(k.get(1)), 0, KeysetCursor.number(k.get(0)))
                : new EntityRow(KeysetCursor.number(k.get(1)), KeysetCursor.real(k.get(0)), 0)).orElse(null);
        int min = minMentions == null ? 0 : minMentions;
        if (min < 0) {
            throw ApiException.badRequest("minMentions must be 0 or more, got " + min);
        }
        String key = search == null || search.isBlank() ? null : NameKey.of(search);
        var page = entities.search(key == null || key.isBlank() ? null : key, type, min, sort, position, size);
        Map<Long, EntityView> views = mapper.entityViews(page.items().stream().map(EntityRow::id).toList());
        List<EntityEdge> edges = page.items().stream().filter(r -> views.containsKey(r.id()))
                .map(r -> new EntityEdge(KeysetCursor.encode(kind, sort == EntityOrder.MENTIONS ? (Object) r.mentions() : (Object) r.score(), r.id()),
                        views.get(r.id())))
                .toList();
        return new EntityPage(page.total(), edges, page.hasNext(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }


    public List<ArticleEvents> eventsByArticles(List<String> articleIds) {
        List<EventRecord> found = events.listByArticles(articleIds);
        List<EventView> views = mapper.events(found);
        Map<String, List<EventView>> byArticle = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            EventView view = views.get(i);
            found.get(i).sources.stream().map(s -> s.articleId).distinct()
                    .forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(view));
        }
        return articleIds.stream().map(a -> new ArticleEvents(a, byArticle.getOrDefault(a, List.of()))).toList();
    }

    public List<ArticleEntities> entitiesByArticles(List<String> articleIds) {
        Map<String, List<Long>> ids = mentions.entityIdsByArticle(articleIds);
        Map<Long, EntityView> views = mapper.entityViews(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        return articleIds.stream().map(a -> new ArticleEntities(a,
                ids.getOrDefault(a, List.of()).stream().map(views::get).filter(v -> v != null).toList())).toList();
    }

    public List<EntityRoles> rolesByEntities(List<String> entityIds) {
        List<Long> people = entityIds.stream().map(Ids::parse).flatMap(Optional::stream).toList();
        List<EntityRole> found = roles.findByPeople(people);
        Set<Long> orgIds = new HashSet<>();
        found.forEach(r -> {
            if (r.organizationId != null) {
                orgIds.add(r.organizationId);
            }
        });
        Map<Long, EntityView> orgs = mapper.entityViews(orgIds);
        Map<Long, List<EntityRole>> byPerson = found.stream().collect(Collectors.groupingBy(r -> r.personId));
        return entityIds.stream().map(id -> new EntityRoles(id, Ids.parse(id)
                .map(p -> mapper.roles(byPerson.getOrDefault(p, List.of()), orgs)).orElse(List.of()))).toList();
    }

    /** Per entity, a page of the events that involve it, as {@code events(involving: id)} gives it: one query for the set. */
    public List<EntityEvents> eventsByEntities(List<String> entityIds, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        EventPosition position = KeysetCursor.decode(after, EVENT, 2)
                .map(k -> new EventPosition(KeysetCursor.day(k.get(0)), KeysetCursor.number(k.get(1)))).orElse(null);
        var pages = events.pagesInvolving(entityIds.stream().map(Ids::parse).flatMap(Optional::stream).distinct().toList(), position, size);
        List<EventRecord> all = pages.values().stream().flatMap(p -> p.items().stream()).distinct().toList();
        List<EventView> views = mapper.events(all);
        Map<Long, EventView> viewById = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            viewById.put(all.get(i).id, views.get(i));
        }
        return entityIds.stream().map(id -> new EntityEvents(id, Ids.parse(id).map(pages::get).map(page -> {
            List<EventEdge> edges = page.items().stream()
                    .map(r -> new EventEdge(KeysetCursor.encode(EVENT, r.dateFrom, r.id), viewById.get(r.id))).toList();
            return new EventPage(page.total(), edges, page.hasNext(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        }).orElse(new EventPage(0, List.of(), false, null)))).toList();
    }

    /** Per entity, a page of the articles that name it, as {@link #articlesOf} gives it: one query for the set. */
    public List<EntityArticles> articlesByEntities(List<String> entityIds, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        Long position = KeysetCursor.decode(after, ARTICLE_REF, 1).map(k -> KeysetCursor.number(k.get(0))).orElse(null);
        var pages = mentions.articlesByEntities(entityIds.stream().map(Ids::parse).flatMap(Optional::stream).distinct().toList(),
                position, size);
        return entityIds.stream().map(id -> new EntityArticles(id, articleRefPage(Ids.parse(id).map(pages::get)
                .orElse(new PageOf<>(List.of(), 0, false))))).toList();
    }

    public ArticleRefPage articlesOf(String entityId, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        Long position = KeysetCursor.decode(after, ARTICLE_REF, 1).map(k -> KeysetCursor.number(k.get(0))).orElse(null);
        return articleRefPage(Ids.parse(entityId).map(id -> mentions.articles(id, position, size))
                .orElse(new PageOf<>(List.of(), 0, false)));
    }

    private static ArticleRefPage articleRefPage(PageOf<MentionRepository.ArticleRef> page) {
        List<ArticleRefEdge> edges = KeysetCursor.edges(page.items(), r -> KeysetCursor.encode(ARTICLE_REF, r.lastMention()),
                (cursor, r) -> new ArticleRefEdge(cursor, r.articleId()));
        return new ArticleRefPage(page.total(), edges, page.hasNext(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }

    private List<Long> resolve(String involving) {
        String raw = involving.strip();
        return entities.idsMatching(raw, NameKey.of(raw));
    }

    private static LocalDate day(String name, String value, int end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day = EventDates.range(value.strip())[end];
        if (day == null) {
            throw new ApiException(400, "INVALID_DATE", name + " must be an ISO date (2024, 2024-06 or 2024-06-26)");
        }
        return day;
    }

}
