package org.marsad.entity.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.domain.EntityRole;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.extraction.Extraction;
import org.marsad.entity.extraction.FoundEntity;
import org.marsad.entity.extraction.Span;
import org.marsad.entity.graphql.Views.EntityView;
import org.marsad.entity.graphql.Views.EventView;
import org.marsad.entity.graphql.Views.ExtractedEntity;
import org.marsad.entity.graphql.Views.ExtractedEvent;
import org.marsad.entity.graphql.Views.ExtractionPreview;
import org.marsad.entity.graphql.Views.ParticipantView;
import org.marsad.entity.graphql.Views.RoleView;
import org.marsad.entity.graphql.Views.CorrectionView;
import org.marsad.entity.graphql.Views.ReadingView;
import org.marsad.entity.graphql.Views.SourceView;
import org.marsad.entity.graphql.Views.SpellingView;
import org.marsad.entity.graphql.Views.SpanView;
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.MentionRepository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Database records to subgraph views; loads every entity a batch refers to in one query, never one per item. */
@ApplicationScoped
public class ViewMapper {

    private final EntityRepository entities;
    private final MentionRepository mentions;

    public ViewMapper(EntityRepository entities, MentionRepository mentions) {
        this.entities = entities;
        this.mentions = mentions;
    }

    public List<EventView> events(List<EventRecord> records) {
        Set<Long> ids = new HashSet<>();
        Set<String> articles = new HashSet<>();
        for (EventRecord e : records) {
            if (e.locationId != null) {
                ids.add(e.locationId);
            }
            e.participants.forEach(p -> ids.add(p.entityId));
            ids.addAll(e.organizationIds);
            for (EventRecord.Source s : e.sources) {
                articles.add(s.articleId);
                ids.addAll(s.participants());
                if (s.locationId != null) {
                    ids.add(s.locationId);
                }
            }
        }
        Map<Long, EntityView> byId = entityViews(ids);
        Map<String, String> spellings = mentions.firstSpellings(articles, ids);
        return records.stream().map(e -> {
            List<SourceView> sources = e.sources.stream().map(s -> source(s, byId, spellings)).toList();
            return new EventView(
                    String.valueOf(e.id), e.type, e.status, e.date, e.datePrecision,
                    e.locationId == null ? null : byId.get(e.locationId),
                    e.participants.stream().filter(p -> byId.containsKey(p.entityId))
                            .map(p -> new ParticipantView(byId.get(p.entityId), p.role)).toList(),
                    e.organizationIds.stream().map(byId::get).filter(Objects::nonNull).toList(),
                    List.copyOf(e.topics), e.confidence, sources, Disagreements.of(sources),
                    e.corrections.entrySet().stream().map(c -> new CorrectionView(c.getKey(), c.getValue())).toList());
        }).toList();
    }

    private static SourceView source(EventRecord.Source s, Map<Long, EntityView> byId, Map<String, String> spellings) {
        ReadingView reading = !s.hasReading() ? null : new ReadingView(s.status, s.date, s.datePrecision,
                s.locationId == null ? null : byId.get(s.locationId),
                s.participants().stream().filter(byId::containsKey)
                        .map(id -> new SpellingView(byId.get(id), spellings.get(MentionRepository.spellingKey(s.articleId, id))))
                        .toList(),
                s.dateSpanStart == null ? null : new SpanView(s.dateSpanStart, s.dateSpanEnd, s.dateSpanText),
                s.locationSpanStart == null || s.locationId == null ? null
                        : new SpanView(s.locationSpanStart, s.locationSpanEnd, s.locationSpanText));
        return new SourceView(s.articleId, new SpanView(s.start, s.end, s.text), reading);
    }

    public Map<Long, EntityView> entityViews(Collection<Long> ids) {
        List<EntityRecord> records = entities.listByIds(ids);
        Map<Long, Integer> counts = mentions.countByEntity(ids);
        return records.stream().collect(Collectors.toMap(r -> r.id, r -> entity(r, counts.getOrDefault(r.id, 0)), (a, b) -> a));
    }

    public List<EntityView> entities(List<Long> orderedIds) {
        Map<Long, EntityView> byId = entityViews(orderedIds);
        return orderedIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public List<RoleView> roles(List<EntityRole> roles, Map<Long, EntityView> organizations) {
        return roles.stream().map(r -> new RoleView(r.title,
                        r.organizationId == null ? null : organizations.get(r.organizationId),
                        r.articleId == null ? null : new SourceView(r.articleId, new SpanView(r.start, r.end, r.evidence), null)))
                .filter(r -> r.organization() != null)
                .toList();
    }

    public static EntityView entity(EntityRecord r, int mentionCount) {
        List<String> aliases = r.aliases.stream().map(a -> a.alias).filter(a -> !a.equals(r.name)).distinct().toList();
        return new EntityView(String.valueOf(r.id), r.name, r.nameAr, r.type, aliases, r.wikidataId, mentionCount);
    }

    /** The engine's output in the contract's ExtractionPreview shape: events name entities by their names. */
    public static ExtractionPreview preview(Extraction extraction) {
        Map<String, FoundEntity> byKey = extraction.entities().stream()
                .collect(Collectors.toMap(FoundEntity::key, Function.identity(), (a, b) -> a));
        Function<String, String> nameOf = key -> byKey.containsKey(key) ? byKey.get(key).name() : null;
        var entities = extraction.entities().stream()
                .map(e -> new ExtractedEntity(e.name(), e.type(), e.mentions().stream().map(ViewMapper::span).toList()))
                .toList();
        var events = extraction.events().stream().map(e -> new ExtractedEvent(e.type(), e.status(), e.date(),
                        e.locationKey() == null ? null : nameOf.apply(e.locationKey()),
                        e.participants().stream().map(p -> nameOf.apply(p.entityKey())).filter(Objects::nonNull).distinct().toList(),
                        e.organizationKeys().stream().map(nameOf).filter(Objects::nonNull).distinct().toList(),
                        e.topics(), span(e.evidence()), span(e.dateSpan()),
                        e.locationKey() == null || nameOf.apply(e.locationKey()) == null ? null : span(e.locationSpan())))
                .toList();
        return new ExtractionPreview(entities, events);
    }

    private static SpanView span(Span s) {
        return s == null ? null : new SpanView(s.start(), s.end(), s.text());
    }
}
