package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.marsad.entity.repository.GraphLocks;
import org.marsad.entity.repository.MentionRepository;
import org.marsad.entity.repository.RoleRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one article's extraction into the graph in one transaction: its mentions, roles and events, each event
 * told by the article joining the event another article told, or a new one. Safe side by side with other
 * writers (threads or replicas): it holds the article's lock (a redelivery waits, then finds the work done),
 * the merge keys of its events (a writer that could join or create the same event waits), and the rows of the
 * events it may join (another writer may add to them through other keys). The result is that of some one-after-the-other order.
 */
@ApplicationScoped
public class ExtractionWriter {

    private final GraphLocks locks;
    private final MentionRepository mentions;
    private final RoleRepository roles;
    private final EventRepository events;
    private final ExtractionRunRepository runs;
    private final EntityRepository entities;

    public ExtractionWriter(GraphLocks locks, MentionRepository mentions, RoleRepository roles, EventRepository events,
                            ExtractionRunRepository runs, EntityRepository entities) {
        this.locks = locks;
        this.mentions = mentions;
        this.roles = roles;
        this.events = events;
        this.runs = runs;
        this.entities = entities;
    }

    /** The run that already stored this article with the running engine version, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExtractionRun done(String articleId) {
        return runs.find(articleId, ExtractionEngine.VERSION).orElse(null);
    }

    /**
     * Stores an article's extraction; {@code published} is the first and last day its publication date covers (nulls when
     * unknown), {@code entityIds} maps each extracted entity's key to its graph entity.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ExtractionRun store(String articleId, LocalDate[] published, Extraction extraction, Map<String, Long> entityIds) {
        locks.sharedWithExtractions();
        locks.article(articleId);
        var done = runs.find(articleId, ExtractionEngine.VERSION);
        if (done.isPresent()) {
            return done.get(); // delivered twice: the other delivery stored it while we waited
        }
        forget(articleId);
        for (FoundEntity found : extraction.entities()) {
            for (Span span : found.mentions()) {
                Mention m = new Mention();
                m.entityId = entityIds.get(found.key());
                m.articleId = articleId;
                m.start = span.start();
                m.end = span.end();
                m.text = span.text();
                mentions.persist(m);
            }
        }
        for (FoundRole found : extraction.roles()) {
            storeRole(articleId, found, entityIds);
        }
        List<EventRecord.Source> readings = new ArrayList<>();
        List<Map<Long, String>> roleMaps = new ArrayList<>();
        for (FoundEvent found : extraction.events()) {
            EventRecord.Source reading = reading(articleId, found, entityIds);
            reading.publishedFrom = published[0];
            reading.publishedTo = published[1];
            readings.add(reading);
            roleMaps.add(participantRoles(found, entityIds));
        }
        lockMergeKeys(readings);
        int created = 0;
        for (int i = 0; i < readings.size(); i++) {
            created += record(readings.get(i), roleMaps.get(i)) ? 1 : 0;
        }
        ExtractionRun run = new ExtractionRun();
        run.eventsCreated = created;
        run.eventsMerged = readings.size() - created;
        run.articleId = articleId;
        run.extractorVersion = ExtractionEngine.VERSION;
        run.entities = extraction.entities().size();
        run.events = extraction.events().size();
        runs.persist(run);
        return run;
    }

    /** Removes everything extracted from an article that no longer exists. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetArticle(String articleId) {
        locks.sharedWithExtractions();
        locks.article(articleId);
        forget(articleId);
    }

    /** Removes what earlier engine versions stored for this article; events reported by no other article go too. */
    private void forget(String articleId) {
        mentions.deleteByArticle(articleId);
        roles.deleteByArticle(articleId);
        runs.deleteByArticle(articleId);
        for (EventRecord event : events.listByIds(events.removeSourcesOf(articleId))) {
            if (event.sources.isEmpty() && event.corrections.isEmpty()) {
                events.delete(event);
            } else { // a corrected event stays for the re-extracted telling to join
                EventFields.recompute(event, placesOf(List.of(event), null));
            }
        }
    }

    /**
     * Takes the merge keys of these readings (sorted, at once): from here until commit no other writer can create an
     * event any of them would be compared with, nor add to one the entities that would make it a candidate.
     */
    private void lockMergeKeys(List<EventRecord.Source> readings) {
        Set<String> keys = new TreeSet<>();
        for (EventRecord.Source r : readings) {
            r.participants().forEach(id -> keys.add(r.type + ":" + id));
            r.organizations().forEach(id -> keys.add(r.type + ":" + id));
        }
        locks.mergeKeys(keys);
    }

    private void storeRole(String articleId, FoundRole found, Map<String, Long> entityIds) {
        Long person = entityIds.get(found.personKey());
        if (person == null) {
            return;
        }
        EntityRole role = new EntityRole();
        role.personId = person;
        role.title = found.title();
        role.organizationId = found.organizationKey() == null ? null : entityIds.get(found.organizationKey());
        role.articleId = articleId;
        role.start = found.evidence().start();
        role.end = found.evidence().end();
        role.evidence = found.evidence().text();
        roles.persist(role);
    }

    /**
     * Adds the reading to the event it reports if the graph has it (another article told it), else to a new event;
     * whether it made a new one.
     */
    private boolean record(EventRecord.Source reading, Map<Long, String> roles) {
        LocalDate[] when = EventMatcher.window(reading);
        Long country = reading.locationId == null ? null : entities.partOf(List.of(reading.locationId)).get(reading.locationId);
        var candidates = events.lockCandidates(reading.type, reading.participants(), reading.organizations(), when[0], when[1],
                reading.locationId, country);
        Places places = placesOf(candidates, reading);
        List<EventRecord> matches = EventMatcher.matches(reading, candidates, places);
        EventRecord event = matches.isEmpty() ? null : matches.get(0);
        if (event == null) {
            event = new EventRecord();
            event.type = reading.type;
            event.status = reading.status;
            events.persist(event);
        }
        event.sources.add(reading);
        EventFields.recompute(event, places);
        event.participants.stream().filter(p -> p.role == null).forEach(p -> p.role = roles.get(p.entityId));
        events.flush(); // the next reading's candidate query must see this one
        return matches.isEmpty();
    }

    /** Which of the places these events and this reading name lie in which country, and which participants are places. */
    private Places placesOf(List<EventRecord> found, EventRecord.Source reading) {
        Set<Long> ids = new HashSet<>();
        Set<Long> participants = new HashSet<>();
        if (reading != null) {
            Optional.ofNullable(reading.locationId).ifPresent(ids::add);
            participants.addAll(reading.participants());
        }
        for (EventRecord e : found) {
            if (e.locationId != null) {
                ids.add(e.locationId);
            }
            e.sources.stream().map(s -> s.locationId).filter(Objects::nonNull).forEach(ids::add);
            e.sources.forEach(s -> participants.addAll(s.participants()));
        }
        return new Places(entities.partOf(ids), reading == null ? Set.of() : entities.placesAmong(participants));
    }

    /** The role each participant plays in this telling ("head of the delegation"), by entity id. */
    private static Map<Long, String> participantRoles(FoundEvent found, Map<String, Long> entityIds) {
        Map<Long, String> roles = new HashMap<>();
        for (FoundParticipant p : found.participants()) {
            Long entity = entityIds.get(p.entityKey());
            if (entity != null && p.role() != null) {
                roles.putIfAbsent(entity, p.role());
            }
        }
        return roles;
    }

    /** What this article says about the event: the sentence, and every field as this article gives it. */
    private static EventRecord.Source reading(String articleId, FoundEvent found, Map<String, Long> entityIds) {
        Span evidence = found.evidence();
        var source = new EventRecord.Source(articleId, evidence.start(), evidence.end(), evidence.text());
        source.type = found.type();
        source.status = found.status();
        source.date = found.date();
        source.datePrecision = found.datePrecision();
        source.locationId = found.locationKey() == null ? null : entityIds.get(found.locationKey());
        source.participantIds = EventRecord.Source.join(found.participants().stream().map(p -> entityIds.get(p.entityKey()))
                .filter(Objects::nonNull).distinct().toList());
        source.organizationIds = EventRecord.Source.join(found.organizationKeys().stream().map(entityIds::get)
                .filter(Objects::nonNull).distinct().toList());
        source.topics = EventRecord.Source.join(found.topics());
        source.confidence = found.confidence();
        if (found.dateSpan() != null) {
            source.dateSpanStart = found.dateSpan().start();
            source.dateSpanEnd = found.dateSpan().end();
            source.dateSpanText = found.dateSpan().text();
        }
        if (found.locationSpan() != null && source.locationId != null) {
            source.locationSpanStart = found.locationSpan().start();
            source.locationSpanEnd = found.locationSpan().end();
            source.locationSpanText = found.locationSpan().text();
        }
        return source;
    }
}
