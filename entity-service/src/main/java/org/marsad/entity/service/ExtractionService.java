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
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.EventRepository;
import org.marsad.entity.repository.ExtractionRunRepository;
import org.marsad.entity.repository.MentionRepository;
import org.marsad.entity.repository.RoleRepository;
import org.marsad.commons.rest.ApiException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
    private final EntityRepository entities;

    public ExtractionService(ExtractionEngine engine, EntityResolver resolver, MentionRepository mentions,
                             RoleRepository roles, EventRepository events, ExtractionRunRepository runs,
                             EntityRepository entities) {
        this.engine = engine;
        this.resolver = resolver;
        this.mentions = mentions;
        this.roles = roles;
        this.events = events;
        this.runs = runs;
        this.entities = entities;
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
            record(reading(articleId, found, byKey), roles(found, byKey));
        }
        ExtractionRun run = new ExtractionRun();
        run.articleId = articleId;
        run.extractorVersion = ExtractionEngine.VERSION;
        run.entities = extraction.entities().size();
        run.events = extraction.events().size();
        runs.persist(run);
        return run;
    }

    /** Removes everything extracted from an article that no longer exists. */
    public void forgetArticle(String articleId) {
        forget(articleId);
    }

    /** Removes what earlier engine versions stored for this article; events reported by no other article go too. */
    private void forget(String articleId) {
        mentions.deleteByArticle(articleId);
        roles.deleteByArticle(articleId);
        runs.deleteByArticle(articleId);
        for (EventRecord event : events.listByArticles(List.of(articleId))) {
            event.sources.removeIf(s -> s.articleId.equals(articleId));
            if (event.sources.isEmpty() && event.corrections.isEmpty()) {
                events.delete(event);
            } else { // a corrected event stays for the re-extracted telling to join
                EventFields.recompute(event, placesOf(List.of(event), null));
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

    /** Adds the reading to the event it reports if the graph has it (another article told it), else to a new event. */
    private void record(EventRecord.Source reading, Map<Long, String> roles) {
        var candidates = events.listSharing(reading.type, reading.participants(), reading.organizations());
        Places places = placesOf(candidates, reading.locationId);
        EventRecord event = EventMatcher.bestMatch(reading, candidates, places).orElseGet(() -> {
            EventRecord created = new EventRecord();
            created.type = reading.type;
            created.status = reading.status;
            events.persist(created);
            return created;
        });
        event.sources.add(reading);
        EventFields.recompute(event, places);
        event.participants.stream().filter(p -> p.role == null).forEach(p -> p.role = roles.get(p.entityId));
        events.flush(); // the next reading's candidate query must see this one
    }

    /** Which of the places these events and this reading name lie in which country. */
    private Places placesOf(List<EventRecord> found, Long readingPlace) {
        Set<Long> ids = new HashSet<>();
        if (readingPlace != null) {
            ids.add(readingPlace);
        }
        for (EventRecord e : found) {
            if (e.locationId != null) {
                ids.add(e.locationId);
            }
            e.sources.stream().map(s -> s.locationId).filter(Objects::nonNull).forEach(ids::add);
        }
        return new Places(entities.partOf(ids));
    }

    /** The role each participant plays in this telling ("head of the delegation"), by entity id. */
    private static Map<Long, String> roles(FoundEvent found, Map<String, EntityRecord> byKey) {
        Map<Long, String> roles = new HashMap<>();
        for (FoundParticipant p : found.participants()) {
            EntityRecord entity = byKey.get(p.entityKey());
            if (entity != null && p.role() != null) {
                roles.putIfAbsent(entity.id, p.role());
            }
        }
        return roles;
    }

    /** What this article says about the event: the sentence, and every field as this article gives it. */
    private static EventRecord.Source reading(String articleId, FoundEvent found, Map<String, EntityRecord> byKey) {
        Span evidence = found.evidence();
        var source = new EventRecord.Source(articleId, evidence.start(), evidence.end(), evidence.text());
        source.type = found.type();
        source.status = found.status();
        source.date = found.date();
        source.datePrecision = found.datePrecision();
        EntityRecord location = found.locationKey() == null ? null : byKey.get(found.locationKey());
        source.locationId = location == null ? null : location.id;
        source.participantIds = EventRecord.Source.join(found.participants().stream().map(p -> byKey.get(p.entityKey()))
                .filter(Objects::nonNull).map(e -> e.id).distinct().toList());
        source.organizationIds = EventRecord.Source.join(found.organizationKeys().stream().map(byKey::get)
                .filter(Objects::nonNull).map(e -> e.id).distinct().toList());
        source.topics = EventRecord.Source.join(found.topics());
        source.confidence = found.confidence();
        return source;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is required and must not be blank");
        }
    }

}
