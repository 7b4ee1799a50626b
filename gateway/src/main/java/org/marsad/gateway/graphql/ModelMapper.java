package org.marsad.gateway.graphql;

import org.marsad.gateway.client.ArticleServiceData.ArticleData;
import org.marsad.gateway.client.EntityServiceData;
import org.marsad.gateway.client.ArticleServiceData.ArticlePageData;
import org.marsad.gateway.client.EntityServiceData.EntityData;
import org.marsad.gateway.client.EntityServiceData.EntityPageData;
import org.marsad.gateway.client.EntityServiceData.EventData;
import org.marsad.gateway.client.EntityServiceData.EventPageData;
import org.marsad.gateway.client.EntityServiceData.RoleData;
import org.marsad.gateway.client.EntityServiceData.SourceData;
import org.marsad.gateway.client.ArticleServiceData;
import org.marsad.gateway.model.Article;
import org.marsad.gateway.model.ArticleExtraction;
import org.marsad.gateway.model.ExtractionStatus;
import org.marsad.gateway.model.Curation;
import org.marsad.gateway.model.Disagreement;
import org.marsad.gateway.model.SourceReading;
import org.marsad.gateway.model.NearDuplicate;
import org.marsad.gateway.model.Connections.ArticleConnection;
import org.marsad.gateway.model.Connections.ArticleEdge;
import org.marsad.gateway.model.Connections.EntityConnection;
import org.marsad.gateway.model.Connections.EntityEdge;
import org.marsad.gateway.model.Connections.EventConnection;
import org.marsad.gateway.model.Connections.EventEdge;
import org.marsad.gateway.model.Connections.PageInfo;
import org.marsad.gateway.model.Entity;
import org.marsad.gateway.model.Event;
import org.marsad.gateway.model.EventSource;
import org.marsad.gateway.model.Participant;
import org.marsad.gateway.model.Role;
import org.marsad.gateway.model.TextSpan;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Subgraph shapes to the public contract's types. */
final class ModelMapper {

    private ModelMapper() {
    }

    static Entity entity(EntityData e) {
        if (e == null) {
            return null;
        }
        List<String> aliases = nonNull(e.aliases());
        // Only the fields the caller asked were fetched: no name when none of name, fullName and acronym was asked.
        EntityNames names = e.name() == null ? new EntityNames(null, null, null) : EntityNames.of(e.name(), aliases);
        return new Entity(e.id(), names.name(), names.fullName(), names.acronym(), e.nameAr(), e.type(), aliases, e.wikidataId(),
                e.mentionCount());
    }

    static Event event(EventData e) {
        if (e == null) {
            return null;
        }
        return new Event(e.id(), e.type(), e.status(), e.date(), e.datePrecision(), entity(e.location()),
                nonNull(e.participants()).stream().map(p -> new Participant(entity(p.entity()), p.role())).toList(),
                nonNull(e.organizations()).stream().map(ModelMapper::entity).toList(),
                nonNull(e.topics()), e.confidence(),
                nonNull(e.sources()).stream().map(ModelMapper::source).toList(),
                nonNull(e.disagreements()).stream().map(d -> new Disagreement(d.field(), nonNull(d.values()))).toList(),
                nonNull(e.corrections()).stream().map(c -> new Curation.Correction(c.field(), c.value())).toList());
    }

    static EventSource source(SourceData s) {
        return s == null ? null : new EventSource(s.articleId(), span(s.evidence()), reading(s.reading()));
    }

    private static SourceReading reading(EntityServiceData.ReadingData r) {
        return r == null ? null : new SourceReading(r.status(), r.date(), r.datePrecision(), entity(r.location()),
                nonNull(r.participants()).stream().map(p -> new SourceReading.Spelling(entity(p.entity()), p.spelling())).toList(),
                span(r.dateSpan()), span(r.locationSpan()));
    }

    private static TextSpan span(EntityServiceData.SpanData s) {
        return s == null ? null : new TextSpan(s.start(), s.end(), s.text());
    }

    static Role role(RoleData r) {
        return r == null ? null : new Role(r.title(), entity(r.organization()), source(r.source()));
    }

    static Article article(ArticleData a) {
        return a == null ? null : new Article(a.id(), a.url(), a.title(), a.outlet(), a.author(), a.publishedAt(), a.language(), a.body(),
                nonNull(a.nearDuplicates()).stream().map(d -> new NearDuplicate.Ref(d.id(), d.similarity())).toList(),
                extraction(a.extraction()));
    }

    static ArticleExtraction extraction(ArticleServiceData.ExtractionData e) {
        return e == null ? new ArticleExtraction(ExtractionStatus.PENDING, null, 0, null, null)
                : new ArticleExtraction(ExtractionStatus.valueOf(e.status()), e.engineVersion(), e.attempts(), e.lastError(), e.extractedAt());
    }

    static EventConnection events(EventPageData page, String after) {
        var edges = nonNull(page.edges()).stream().map(e -> new EventEdge(e.cursor(), event(e.node()))).toList();
        return new EventConnection((int) page.totalCount(), edges, pageInfo(page.hasNextPage(), after, edges, EventEdge::cursor));
    }

    static EntityConnection entities(EntityPageData page, String after) {
        var edges = nonNull(page.edges()).stream().map(e -> new EntityEdge(e.cursor(), entity(e.node()))).toList();
        return new EntityConnection((int) page.totalCount(), edges, pageInfo(page.hasNextPage(), after, edges, EntityEdge::cursor));
    }

    static ArticleConnection articles(ArticlePageData page, String after) {
        var edges = nonNull(page.edges()).stream().map(e -> new ArticleEdge(e.cursor(), article(e.node()), e.snippet())).toList();
        return new ArticleConnection((int) page.totalCount(), edges, pageInfo(page.hasNextPage(), after, edges, ArticleEdge::cursor));
    }

    /** Forward paging only: items come before a page exactly when it was asked after a cursor. */
    static <E> PageInfo pageInfo(boolean hasNextPage, String after, List<E> edges, Function<E, String> cursor) {
        return new PageInfo(hasNextPage, after != null && !after.isBlank(),
                edges.isEmpty() ? null : cursor.apply(edges.get(0)), edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1)));
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
