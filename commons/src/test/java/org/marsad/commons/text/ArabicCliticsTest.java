package org.marsad.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one clitic table: search strips every clitic, name keys one group, the engine reads each possibility. */
class ArabicCliticsTest {

    @Test
    void searchStripsEveryCliticButKeepsShortWords() {
        for (String form : List.of("الحموشي", "والحموشي", "بالحموشي", "للحموشي", "وللحموشي", "وحموشي")) {
            assertEquals("حموشي", ArabicClitics.withoutClitics(form), form);
        }
        assertEquals("لجنه", ArabicClitics.withoutClitics("لجنه"));
        assertEquals("وفد", ArabicClitics.withoutClitics("وفد"));
    }

    @Test
    void nameKeysStripTheLongestLeadingGroupOnce() {
        assertEquals("امن", ArabicClitics.keyForm("وبالامن"));
        assertEquals("امن", ArabicClitics.keyForm("والامن"));
        assertEquals("فرنسا", ArabicClitics.keyForm("وفرنسا"));
        assertEquals("الي", ArabicClitics.keyForm("والي"));
    }

    @Test
    void readingsListTheWordFirstThenEachCliticReading() {
        assertEquals(List.of("وبالرباط", "بالرباط", "الرباط", "رباط"), ArabicClitics.readings("وبالرباط"));
        assertEquals(List.of("للامن", "لامن", "امن"), ArabicClitics.readings("للامن"));
        assertEquals(List.of("من"), ArabicClitics.readings("من"));
        assertEquals("امن", ArabicClitics.aliasCore("الامن"));
        assertTrue(ArabicClitics.hasPreposition("وبفرنسا"));
        assertFalse(ArabicClitics.hasPreposition("من"));
    }
}
