package org.marsad.commons.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // French wires
            "Paris, le 12 février 2025 — Le directeur général de la police a reçu | 2025-02-12",
            "RABAT, 3 mars 2025 (MAP) - Le ministre de l'Intérieur s'est entretenu | 2025-03-03",
            "Tunis, le 1er avril 2025 : les services de sécurité ont annoncé | 2025-04-01",
            "Casablanca, le jeudi 18 juillet 2024 - Une cellule a été démantelée | 2024-07-18",
            "Rio de Janeiro, le 5 déc. 2024 — La conférence | 2024-12-05",
            // English wires
            "RABAT, March 3, 2025 — Morocco's security chief met | 2025-03-03",
            "London, 3 March 2025 (Reuters) - British police said | 2025-03-03",
            "WASHINGTON, Sept. 5, 2024 - The FBI director | 2024-09-05",
            // Arabic: Egyptian/Gulf, Moroccan, Algerian, Levantine month names
            "الرباط في 3 مارس 2025 أجرى المدير العام للأمن الوطني مباحثات | 2025-03-03",
            "الدار البيضاء - 18 يوليوز 2024: أعلنت المديرية العامة | 2024-07-18",
            "طنجة في 9 شتنبر 2024 (ومع) - فككت | 2024-09-09",
            "مراكش، 20 دجنبر 2024 - استقبل | 2024-12-20",
            "الجزائر في 4 جويلية 2024 - أشرف | 2024-07-04",
            "بيروت، 16 كانون الثاني 2025 (وكالات) – أعلنت قوى الأمن الداخلي | 2025-01-16",
            "عمان، ١٢ تشرين الأول ٢٠٢٤ - وقعت | 2024-10-12",
            "القاهرة في 2 يونيه 2024 - استقبل وزير الداخلية | 2024-06-02",
    })
    void readsTheDatelineOpeningAStory(String line, String iso) {
        assertEquals(Optional.of(iso), Datelines.find(line));
    }

    @Test
    void looksPastTheHeadlineAndAByline() {
        String text = """
                Coopération sécuritaire : Rabat et Paris renforcent leurs liens
                Par Karim Benali

                Paris, le 12 février 2025 — Le directeur général a reçu son homologue.
                Une réunion est prévue en mai prochain.
                """;
        assertEquals(Optional.of("2025-02-12"), Datelines.find(text));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 12)), Datelines.findDay(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Il a dit le 12 février 2025 que la coopération continuerait.",
            "Le ministre a annoncé le 12 février 2025 une réunion.",
            "The minister said on March 3, 2025 that talks would follow.",
            "وأكد المسؤول الأمني أن الاجتماع المقبل سيعقد في 3 مارس 2025 بالرباط.",
            "Rabat et Paris renforcent leur coopération",
            "Paris, le 31 février 2025 — une date impossible",
            "",
    })
    void ignoresDatesInsideSentencesAndTextsWithoutDateline(String text) {
        assertEquals(Optional.empty(), Datelines.find(text));
    }

    @Test
    void aDatelineFarDownIsNotTheArticlesDate() {
        String text = "ligne un\nligne deux\nligne trois\nligne quatre\nligne cinq\nligne six\n"
                + "Paris, le 12 février 2025 — plus bas";
        assertEquals(Optional.empty(), Datelines.find(text));
    }
}
