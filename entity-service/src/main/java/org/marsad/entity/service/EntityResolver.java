package org.marsad.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.entity.domain.EntityRecord;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.FoundEntity;
import org.marsad.entity.extraction.NameKey;
import org.marsad.entity.extraction.SoundKey;
import org.marsad.entity.extraction.Span;
import org.marsad.entity.repository.EntityRepository;
import org.marsad.entity.repository.EntityRepository.NewAlias;
import org.marsad.entity.repository.GraphLocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the graph entity an extracted entity stands for: by knowledge-base id; else by folded name among
 * entities discovered in earlier articles; else by an alias any entity of the type has (curated aliases
 * included); else by a close spelling of such an alias ({@link NameVariants}); else by a spelling in the other
 * script that sounds the same ({@link SoundKey}); creates it when it is new.
 * Every surface form becomes an alias.
 *
 * <p>Resolution commits on its own, before the article's mentions and events are written, so the lock that
 * makes creation safe is held for milliseconds: names that are not in the graph are looked up again and
 * created while holding the type's {@link GraphLocks#newEntities} lock, so that two articles naming the same
 * new person at the same time (in the same or in a close spelling) get one entity, as they would one after
 * the other. An entity created for an article whose write then fails is found again by its retry.
 */
@ApplicationScoped
public class EntityResolver {

    private static final int SIMILAR_CANDIDATES = 10;

    private final EntityRepository entities;
    private final GraphLocks locks;

    public EntityResolver(EntityRepository entities, GraphLocks locks) {
        this.entities = entities;
        this.locks = locks;
    }

    /** The graph entity id of each extracted entity, by its key in the extraction; their spellings are stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Long> resolveAll(List<FoundEntity> found) {
        locks.sharedWithExtractions();
        Map<String, Long> ids = new HashMap<>();
        List<NewAlias> aliases = new ArrayList<>();
        List<FoundEntity> unknown = new ArrayList<>();
        Map<String, List<FoundEntity>> sameName = byWordsInAnyOrder(found);
        for (List<FoundEntity> group : sameName.values()) {
            FoundEntity f = group.get(0);
            find(f).ifPresentOrElse(e -> group.forEach(g -> remember(g, e, ids, aliases)), () -> unknown.add(f));
        }
        if (!unknown.isEmpty()) {
            locks.newEntities(unknown.stream().map(f -> f.type().name()).collect(Collectors.toCollection(TreeSet::new)));
            for (FoundEntity f : unknown) {
                Resolved resolved = find(f).orElseGet(() -> new Resolved(create(f), true));
                sameName.get(wordsInAnyOrder(f)).forEach(g -> remember(g, resolved, ids, aliases));
            }
        }
        entities.addAliases(aliases);
        return ids;
    }

    /**
     * The article's entities grouped by name whatever the order of its words: an outlet that writes a person's name
     * surname first once (بيانتيدوزي ماتيو) and given name first elsewhere names one person.
     */
    private static Map<String, List<FoundEntity>> byWordsInAnyOrder(List<FoundEntity> found) {
        Map<String, List<FoundEntity>> groups = new LinkedHashMap<>();
        found.forEach(f -> groups.computeIfAbsent(wordsInAnyOrder(f), k -> new ArrayList<>()).add(f));
        return groups;
    }

    private static String wordsInAnyOrder(FoundEntity f) {
        String[] words = NameKey.of(f.name()).split(" ");
        if (f.type() != EntityType.PERSON || f.kbId() != null || words.length < 2) {
            return f.key();
        }
        Arrays.sort(words);
        return "person:" + String.join(" ", words);
    }

    private static void remember(FoundEntity found, Resolved resolved, Map<String, Long> ids, List<NewAlias> aliases) {
        ids.put(found.key(), resolved.entity().id);
        if (resolved.created()) {
            alias(resolved.entity().id, resolved.entity().name, aliases);
        }
        for (Span mention : found.mentions()) {
            alias(resolved.entity().id, mention.text(), aliases);
        }
    }

    private static void alias(long entityId, String spelling, List<NewAlias> aliases) {
        if (spelling == null || spelling.isBlank()) {
            return;
        }
        String key = NameKey.of(spelling);
        if (!key.isBlank()) {
            aliases.add(new NewAlias(entityId, spelling.strip(), key));
        }
    }

    /** The graph entity this extracted entity stands for, if the graph has it. */
    private Optional<Resolved> find(FoundEntity found) {
        if (found.kbId() == null) {
            return known(found, null).map(Resolved::existing);
        }
        var kb = entities.findByKbId(found.kbId());
        if (kb.isEmpty()) {
            return Optional.empty();
        }
        if (!curatorTookAway(kb.get(), found)) {
            return Optional.of(Resolved.existing(kb.get()));
        }
        return known(spelledAsWritten(found), kb.get().id).map(Resolved::existing);
    }

    /** An entity of the graph this name already names, other than {@code rejected}. */
    private Optional<EntityRecord> known(FoundEntity found, Long rejected) {
        String key = NameKey.of(found.name());
        var discovered = entities.findDiscovered(found.type(), key);
        if (discovered.isPresent()) {
            return discovered;
        }
        var aliased = entities.withAliasKey(found.type(), key).stream().filter(e -> !e.id.equals(rejected)).findFirst();
        if (aliased.isPresent()) {
            return aliased;
        }
        if (found.type() != EntityType.PERSON && found.type() != EntityType.ORGANIZATION) {
            return Optional.empty(); // places and named events come from the knowledge base, spelled as it spells them
        }
        for (Object[] row : entities.similarAliases(found.type(), key, SIMILAR_CANDIDATES)) {
            if (NameVariants.sameName(key, (String) row[1]) && !Long.valueOf(((Number) row[0]).longValue()).equals(rejected)) {
                return entities.findByIdOptional(((Number) row[0]).longValue());
            }
        }
        return writtenInTheOtherScript(found, rejected);
    }

    /**
     * The one entity that has a spelling in the other script sounding like this name (كمال بلجود, Kamel Beldjoud),
     * in either word order; none when several entities do, rather than a guess.
     */
    private Optional<EntityRecord> writtenInTheOtherScript(FoundEntity found, Long rejected) {
        String name = found.name();
        Set<String> keys = new TreeSet<>(List.of(SoundKey.of(name), SoundKey.ofReversed(name)));
        Set<Long> matches = new TreeSet<>();
        for (Object[] row : entities.aliasesSoundingLike(found.type(), keys)) {
            long id = ((Number) row[0]).longValue();
            if (SoundKey.comparable(name, (String) row[1]) && !Long.valueOf(id).equals(rejected)) {
                matches.add(id);
            }
        }
        return matches.size() == 1 ? entities.findByIdOptional(matches.iterator().next()) : Optional.empty();
    }

    /** Whether a curator removed or split off every spelling this text uses for the entity. */
    private static boolean curatorTookAway(EntityRecord entity, FoundEntity found) {
        return !entity.blockedAliasKeys.isEmpty()
                && found.mentions().stream().allMatch(m -> entity.blockedAliasKeys.contains(NameKey.of(m.text())));
    }

    /**
     * A knowledge-base name whose spellings a curator took away from its entity (a split or a removed alias):
     * it stands on its own, as the text spells it.
     */
    private static FoundEntity spelledAsWritten(FoundEntity found) {
        String text = found.mentions().get(0).text();
        return new FoundEntity("new:" + NameKey.of(text), null, text, null, found.type(), found.mentions());
    }

    private EntityRecord create(FoundEntity found) {
        FoundEntity named = found;
        if (found.kbId() != null && entities.findByKbId(found.kbId()).isPresent()) {
            named = spelledAsWritten(found); // the knowledge-base entity exists: a curator took these spellings away
        }
        EntityRecord record = new EntityRecord();
        record.kbId = named.kbId();
        record.name = named.name();
        record.nameAr = named.nameAr();
        record.nameKey = NameKey.of(named.name());
        record.type = named.type();
        entities.persist(record);
        return record;
    }

    /** A graph entity, and whether this resolution created it. */
    private record Resolved(EntityRecord entity, boolean created) {
        static Resolved existing(EntityRecord entity) {
            return new Resolved(entity, false);
        }
    }
}
