package org.marsad.article.cleaning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateMarkersTest {

    private static LineFeatures line(String s) {
        return LineFeatures.of(s, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"اترك تعليقاً", "اترك تعليقا", "اترك رد", "اترك تعليق", "إترك تعليقاً", "مقالات ذات صلة",
            "قد يهمك أيضا", "قد يهمك أيضــــــــــــــا", "قد يهمك ايضاً", "جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©",
            "Laisser un commentaire", "Articles similaires", "Tous droits réservés", "TOUS DROITS RÉSERVÉS",
            "Leave a comment", "Leave a Reply", "Related articles", "All rights reserved", "© 2024 Morocco Daily",
            "Copyright 2024 Example Media", "التعليقات (3)", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"})
    void closingMarkers(String s) {
        assertTrue(BoilerplateMarkers.isClosing(line(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وأكد المسؤول أن جميع الحقوق محفوظة للضحايا وأن القانون يضمن لهم التعويض الكامل عن الأضرار التي لحقت بهم خلال الأحداث الأخيرة في المدينة.",
            "The minister said related talks would continue next week in Rabat with the French delegation.",
            "Les commentaires du ministre ont été salués par ses homologues européens lors de la réunion de Rabat.",
            "Comments from the ministry were not available.", "Related talks will continue in Madrid next week."})
    void proseIsNotAClosingMarker(String s) {
        assertFalse(BoilerplateMarkers.isClosing(line(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"À lire aussi", "A lire aussi : Hammouchi reçoit son homologue espagnol", "Lire aussi",
            "اقرأ أيضا", "اقرأ أيضاً: حموشي يستقبل نظيره الإسباني", "Read more", "Read also: Morocco and Spain sign deal"})
    void softMarkers(String s) {
        assertTrue(BoilerplateMarkers.isSoft(line(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"شارك", "Partager : Facebook Twitter WhatsApp", "Share on Facebook", "فيسبوك تويتر واتساب",
            "رابط مختصر", "Imprimer Email"})
    void shareBars(String s) {
        assertTrue(BoilerplateMarkers.isShareBar(line(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"الإسم *", "البريد الألكتروني *", "Nom *", "Email *", "Security Code*", "تعليق *", "Website:"})
    void formLabels(String s) {
        assertTrue(BoilerplateMarkers.isFormLabel(line(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"آخر تحديث GMT 14:10:54", "آخر تحديث : منذ 4 أشهر", "Mis à jour le 18/07/2024 à 10h",
            "Publié le 18 juillet 2024", "Updated July 18, 2024", "نشر في 18 يوليو 2024"})
    void stamps(String s) {
        assertTrue(BoilerplateMarkers.isStamp(line(s)), s);
    }

    @Test
    void bulletIsNotAFormLabel() {
        assertFalse(BoilerplateMarkers.isFormLabel(line("* تعزيز التعاون الأمني")));
        assertFalse(BoilerplateMarkers.isFormLabel(line("* Joint patrols")));
    }

    @Test
    void stampWordsInsideProseDoNotMakeAStamp() {
        assertFalse(BoilerplateMarkers.isStamp(line("Le rapport a été publié le 3 mars 2024 par le ministère.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"زر الذهاب إلى الأعلى", "error: Content is protected !!", "Back to top", "شروط الاستخدام"})
    void widgets(String s) {
        assertTrue(BoilerplateMarkers.isUi(line(s)), s);
    }
}
