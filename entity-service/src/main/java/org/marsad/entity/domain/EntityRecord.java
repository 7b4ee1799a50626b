package org.marsad.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.marsad.entity.extraction.EntityType;
import org.marsad.entity.extraction.SoundKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A person, organization, place or named happening in the graph, with every spelling seen for it. */
@Entity
@Table(name = "entity")
public class EntityRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kb_id")
    public String kbId;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityType type;

    @Column(name = "wikidata_id")
    public String wikidataId;

    /** For a place: the country it lies in, when the knowledge base says. */
    @Column(name = "part_of_id")
    public Long partOfId;

    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    @BatchSize(size = 100)
    public List<Alias> aliases = new ArrayList<>();

    /** Folded spellings a curator removed from this entity or split off it: never attached to it again. */
    @ElementCollection
    @CollectionTable(name = "entity_alias_block", joinColumns = @JoinColumn(name = "entity_id"))
    @Column(name = "alias_key")
    @BatchSize(size = 100)
    public Set<String> blockedAliasKeys = new HashSet<>();

    /** Adds a spelling unless one with the same folded key is known, or a curator took it away. */
    public boolean addAlias(String alias, String aliasKey) {
        if (alias == null || alias.isBlank() || aliasKey.isBlank() || blockedAliasKeys.contains(aliasKey)
                || aliases.stream().anyMatch(a -> a.aliasKey.equals(aliasKey))) {
            return false;
        }
        aliases.add(new Alias(alias.strip(), aliasKey));
        return true;
    }

    @Embeddable
    public static class Alias {
        @Column(nullable = false)
        public String alias;

        @Column(name = "alias_key", nullable = false)
        public String aliasKey;

        /** How the spelling sounds, in either script ({@link SoundKey}). */
        @Column(name = "sound_key")
        public String soundKey;

        protected Alias() {
        }

        public Alias(String alias, String aliasKey) {
            this.alias = alias;
            this.aliasKey = aliasKey;
            this.soundKey = SoundKey.of(alias);
        }
    }
}
