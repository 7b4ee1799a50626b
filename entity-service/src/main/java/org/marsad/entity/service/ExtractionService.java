package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.domain.EntityRole;
import org.marsad.entity.domain.EventRecord;
import org.marsad.entity.domain.ExtractionRun;
import org.marsad.entity.domain.Mention;
import org.marsad.entity.extraction.Extraction;
import org.marsad.entity.extraction.ExtractionEngine;
import org.marsad.entity.extraction.FoundEntity;
import org.marsad.entity.extraction.FoundEvent;
import org.marsad.entity.extraction.FoundParticipant;
import org.marsad.entity.extraction.FoundRole;
import org.marsad.entity.extraction.Span;
import org.marsad.entity.repository.EventRepository;
import org.marsad.entity.repository.ExtractionRunRepository;
import org.marsad.entity.repository.MentionRepository;
import org.marsad.entity.repository.RoleRepository;
import org.marsad.commons.rest.ApiException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the engine over an article and stores mentions, entities, roles and events. Idempotent per
 * (article, extractor version): a redelivered article changes nothing; a new engine version replaces
 * what the older one stored for that article.
 */
@ApplicationScoped
@Transactional
public class ExtractionService {

    private final ExtractionEngine engine;
    private final EntityResolver resolver;
    private final MentionRepository mentions;
    private final RoleRepository roles;
    private final EventRepository events;
    private final ExtractionRunRepository runs;

    public ExtractionService(ExtractionEngine engine, EntityResolver resolver, MentionRepository mentions,
                             RoleRepository roles, EventRepository events, ExtractionRunRepository runs) {
        this.engine = engine;
        this.resolver = resolver;
        this.mentions = mentions;
        this.roles = roles;
        this.events = events;
        this.runs = runs;
    }

    /** Extracts without storing anything: the gateway's {@code extract} dry run. */
    @Transactional(Transactional.TxType.NEVER)
    public Extraction preview(String text, String publishedAt) {
        requireText(text);
        return engine.extract(text, EventDates.publicationDay(publishedAt));
    }

    public ExtractionRun extractAndStore(String articleId, String text, String publishedAt) {
        if (articleId == null || articleId.isBlank()) {
            throw ApiException.badRequest("articleId is required");
        }
        requireText(text);
        var done = runs.find(articleId, ExtractionEngine.VERSION);
        if (done.isPresent()) {
            return done.get();
        }
        forget(articleId);
        Extraction extraction = engine.extract(text, EventDates.publicationDay(publishedAt));

        Map<String, EntityRecord> byKey = new HashMap<>();
        for (FoundEntity found : extraction.entities()) {
            EntityRecord entity = resolver.resolve(found);
            byKey.put(found.key(), entity);
            for (Span span : found.mentions()) {
                Mention m = new Mention();
                m.entityId = entity.id;
                m.articleId = articleId;
                m.start = span.start();
                m.end = span.end();
                m.text = span.text();
                mentions.persist(m);
            }
        }
        for (FoundRole found : extraction.roles()) {
            storeRole(articleId, found, byKey);
        }
        for (FoundEvent found : extraction.events()) {
            events.persist(toEvent(articleId, found, byKey));
        }
        ExtractionRun run = new ExtractionRun();
        run.articleId = articleId;
        run.extractorVersion = ExtractionEngine.VERSION;
        run.entities = extraction.entities().size();
        run.events = extraction.events().size();
        runs.persist(run);
        return run;
    }

    /** Removes what earlier engine versions stored for this article; events reported by no other article go too. */
    private void forget(String articleId) {
        mentions.deleteByArticle(articleId);
        roles.deleteByArticle(articleId);
        runs.deleteByArticle(articleId);
        for (EventRecord event : events.listByArticles(List.of(articleId))) {
            event.sources.removeIf(s -> s.articleId.equals(articleId));
            if (event.sources.isEmpty()) {
                events.delete(event);
            }
        }
    }

    private void storeRole(String articleId, FoundRole found, Map<String, EntityRecord> byKey) {
        EntityRecord person = byKey.get(found.personKey());
        if (person == null) {
            return;
        }
        EntityRole role = new EntityRole();
        role.personId = person.id;
        role.title = found.title();
        EntityRecord organization = found.organizationKey() == null ? null : byKey.get(found.organizationKey());
        role.organizationId = organization == null ? null : organization.id;
        role.articleId = articleId;
        role.start = found.evidence().start();
        role.end = found.evidence().end();
        role.evidence = found.evidence().text();
        roles.persist(role);
    }

    private static EventRecord toEvent(String articleId, FoundEvent found, Map<String, EntityRecord> byKey) {
        EventRecord event = new EventRecord();
        event.type = found.type();
        event.status = found.status();
        event.date = found.date();
        event.datePrecision = found.datePrecision();
        LocalDate[] range = EventDates.range(found.date());
        event.dateFrom = range[0];
        event.dateTo = range[1];
        EntityRecord location = found.locationKey() == null ? null : byKey.get(found.locationKey());
        event.locationId = location == null ? null : location.id;
        event.confidence = found.confidence();
        event.topics.addAll(found.topics());
        for (FoundParticipant p : found.participants()) {
            EntityRecord entity = byKey.get(p.entityKey());
            if (entity != null && event.participants.stream().noneMatch(x -> x.entityId.equals(entity.id))) {
                event.participants.add(new EventRecord.Participant(entity.id, p.role()));
            }
        }
        found.organizationKeys().stream().map(byKey::get).filter(Objects::nonNull).forEach(o -> event.organizationIds.add(o.id));
        Span evidence = found.evidence();
        event.sources.add(new EventRecord.Source(articleId, evidence.start(), evidence.end(), evidence.text()));
        return event;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is required and must not be blank");
        }
    }

}
