package org.marsad.entity.service;

import org.junit.jupiter.api.Test;
import org.marsad.entity.extraction.SoundKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arabic and Latin spellings of one name meet; different names do not. The pairs are written for the test. */
class SoundKeyTest {

    @Test
    void arabicAndLatinSpellingsOfOneNameHaveOneKey() {
        String[][] pairs = {
                {"عبد المجيد تبون", "Abdelmadjid Tebboune"},
                {"نور الدين بوطيب", "Noureddine Boutayeb"},
                {"فيليب لازاريني", "Philippe Lazzarini"},
                {"ستيفان سيجورني", "Stéphane Séjourné"},
                {"فرناندو غراندي مارلاسكا", "Fernando Grande-Marlaska"},
                {"نانسي فيزر", "Nancy Faeser"},
                {"سمير الشريف", "Samir Cherif"},
                {"كريم الطرابلسي", "Karim Trabelsi"},
                {"مصطفى الخياط", "Mustapha El-Khayat"},
        };
        for (String[] pair : pairs) {
            assertEquals(SoundKey.of(pair[0]), SoundKey.of(pair[1]), pair[0] + " / " + pair[1]);
            assertTrue(SoundKey.comparable(pair[0], pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void theArticleAfterAbdIsWrittenInLatinAndAssimilatedBeforeSunLetters() {
        assertEquals(SoundKey.of("عبد القادر بن علي"), SoundKey.of("Abdelkader Ben Ali"));
        assertEquals(SoundKey.of("عبد الرحمن سليمان"), SoundKey.of("Abderrahmane Slimane"));
    }

    @Test
    void aNameWrittenSurnameFirstMeetsByItsReversedKey() {
        assertEquals(SoundKey.of("Ahmed Mansouri"), SoundKey.ofReversed("منصوري أحمد"));
    }

    @Test
    void differentNamesAndSameScriptSpellingsAreNotCompared() {
        assertNotEquals(SoundKey.of("كمال بلحاج"), SoundKey.of("Kamel Belkacem"));
        assertNotEquals(SoundKey.of("Markus Lindholm"), SoundKey.of("Markus Lindgren"));
        assertFalse(SoundKey.comparable("Samir Cherif", "Samir Chérif"), "same script: compared letter by letter");
        assertFalse(SoundKey.comparable("شريف", "Cherif"), "one word says too little");
        assertFalse(SoundKey.comparable("علي بن", "Ali Ben"), "too few consonants");
    }
}
