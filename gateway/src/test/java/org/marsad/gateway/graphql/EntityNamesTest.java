package org.marsad.gateway.graphql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short display names, spelled-out names and acronyms, from knowledge-base names as they are written. */
class EntityNamesTest {

    @Test
    void anAcronymFollowedByItsMeaningIsTheDisplayName() {
        assertEquals(new EntityNames("DGSN", "General Directorate of National Security, Morocco", "DGSN"),
                EntityNames.of("DGSN (General Directorate of National Security, Morocco)", List.of("DGSN", "المديرية العامة للأمن الوطني")));
        assertEquals(new EntityNames("MI5", "Security Service, UK", "MI5"), EntityNames.of("MI5 (Security Service, UK)", List.of()));
    }

    @Test
    void aBracketThatOnlySaysWhereIsNotAMeaning() {
        assertEquals(new EntityNames("ABC", "ABC (Spain)", "ABC"), EntityNames.of("ABC (Spain)", List.of("ABC")));
        assertEquals(new EntityNames("Royal Gendarmerie (Morocco)", "Royal Gendarmerie (Morocco)", null),
                EntityNames.of("Royal Gendarmerie (Morocco)", List.of("الدرك الملكي", "Gendarmerie royale")));
        assertEquals(new EntityNames("Ministry of Interior (UAE)", "Ministry of Interior (UAE)", null),
                EntityNames.of("Ministry of Interior (UAE)", List.of("وزارة الداخلية الإماراتية")));
    }

    @Test
    void anAcronymInBracketsOrAmongTheSpellings() {
        assertEquals(new EntityNames("CTED", "UN Counter-Terrorism Committee Executive Directorate", "CTED"),
                EntityNames.of("UN Counter-Terrorism Committee Executive Directorate (CTED)", List.of("CTED")));
        assertEquals(new EntityNames("French National Gendarmerie", "French National Gendarmerie", "DGGN"),
                EntityNames.of("French National Gendarmerie", List.of("Gendarmerie nationale", "DGGN")));
        assertEquals(new EntityNames("Interpol", "Interpol", null), EntityNames.of("Interpol", List.of("INTERPOL", "OIPC", "ICPO")));
        assertEquals(new EntityNames("NATO", "NATO", "NATO"), EntityNames.of("NATO", List.of("OTAN")));
    }

    @Test
    void peopleKeepTheirNames() {
        assertEquals(new EntityNames("Abdellatif Hammouchi", "Abdellatif Hammouchi", null),
                EntityNames.of("Abdellatif Hammouchi", List.of("عبد اللطيف حموشي", "Hammouchi")));
    }
}
