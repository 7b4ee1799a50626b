package org.marsad.entity.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameVariantsTest {

    @Test
    void aLetterOrTwoApartIsTheSameName() {
        assertTrue(NameVariants.sameName("سيلين برتون", "سيلين بيرتون"));
        assertTrue(NameVariants.sameName("christophe martinez", "christophe martines"));
        assertTrue(NameVariants.sameName("فريديريك فو", "فريدريك فو"));
    }

    @Test
    void differentWordsOrCountsAreDifferentPeople() {
        assertFalse(NameVariants.sameName("محمد علي", "محمد امين"));
        assertFalse(NameVariants.sameName("christophe martinez", "martinez"));
        assertFalse(NameVariants.sameName("jean dupont", "jane dupond"), "two words changed");
        assertFalse(NameVariants.sameName("martinez", "martines"), "one word only: too little to go on");
    }
}
