package org.marsad.gateway.graphql;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short display name, a spelled-out name and an acronym, from the name the knowledge base gives
 * ("DGSN (General Directorate of National Security, Morocco)") and the entity's other spellings.
 */
record EntityNames(String name, String fullName, String acronym) {

    /** "DGSN (General Directorate …, Morocco)": the acronym first, what it stands for in brackets. */
    private static final Pattern ACRONYM_FIRST = Pattern.compile("([A-Z][A-Za-z0-9]{1,11}) \\((.+)\\)");
    /** "UN Counter-Terrorism Committee Executive Directorate (CTED)": the acronym in brackets. */
    private static final Pattern ACRONYM_LAST = Pattern.compile("(.+) \\(([A-Z][A-Z0-9]{1,11})\\)");
    /** A spelling in capitals and digits only (at least two capitals): "UK", "DGGN", "MI5". */
    private static final Pattern CAPITALS = Pattern.compile("(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,12}");

    static EntityNames of(String kbName, List<String> aliases) {
        var first = ACRONYM_FIRST.matcher(kbName);
        if (first.matches() && capitals(first.group(1)) >= 2) {
            String acronym = first.group(1);
            String meaning = first.group(2);
            // "ABC (Spain)" only says where; "DGSN (General Directorate …, Morocco)" spells the acronym out.
            boolean spelledOut = meaning.split(",")[0].strip().contains(" ");
            return new EntityNames(acronym, spelledOut ? meaning : kbName, acronym);
        }
        var last = ACRONYM_LAST.matcher(kbName);
        // "Ministry of Interior (UAE)" names a country in brackets: an acronym of the entity's own is one of its spellings.
        if (last.matches() && aliases.contains(last.group(2))) {
            return new EntityNames(last.group(2), last.group(1), last.group(2));
        }
        if (CAPITALS.matcher(kbName).matches()) {
            return new EntityNames(kbName, kbName, kbName);
        }
        List<String> capitalSpellings = aliases.stream().filter(a -> CAPITALS.matcher(a).matches()).distinct().toList();
        return new EntityNames(kbName, kbName, capitalSpellings.size() == 1 ? capitalSpellings.get(0) : null);
    }

    private static long capitals(String word) {
        return word.chars().filter(Character::isUpperCase).count();
    }
}
