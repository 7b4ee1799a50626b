package org.marsad.entity.extraction;

import java.util.List;

/**
 * A curated knowledge-base entity.
 *
 * @param aliases every known surface form in any script, acronyms included
 * @param wikidataId nullable
 * @param roles for people: titles they hold
 */
public record KbEntity(String id, EntityType type, String name, String nameAr, String nameFr,
                       List<String> aliases, String wikidataId, List<KbRole> roles) {

    public KbEntity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
