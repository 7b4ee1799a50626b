package org.marsad.article.cleaning;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain-text articles (synthetic) carry their date in a dateline or a byline; the cleaner reads either. */
class PlainTextDatesTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final String BODY_FR = "Le directeur général de la sûreté nationale a reçu son homologue pour un entretien "
            + "consacré à la lutte antiterroriste et à l'échange de renseignements, selon un communiqué (texte de test).";
    private static final String BODY_EN = "Moroccan and Spanish police chiefs met to discuss cooperation against terrorism and "
            + "organized crime, and agreed to share information on suspected networks (synthetic text).";
    private static final String BODY_AR = "أجرى المدير العام للأمن الوطني مباحثات مع وفد أمني إسباني تناولت سبل تعزيز التعاون في مجال "
            + "مكافحة الإرهاب والجريمة المنظمة وتبادل المعلومات بين البلدين (نص تجريبي).";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dateline fr | Coopération sécuritaire renforcée\\n\\nParis, le 12 février 2025 — BODY_FR | 2025-02-12",
            "dateline en | Police chiefs meet\\n\\nRABAT, March 3, 2025 — BODY_EN | 2025-03-03",
            "dateline ar | مباحثات أمنية مغربية إسبانية\\n\\nالرباط في 3 مارس 2025 BODY_AR | 2025-03-03",
            "dateline ar, Levantine month | بيروت، 16 كانون الثاني 2025 (وكالات) – BODY_AR | 2025-01-16",
            "byline fr | Coopération sécuritaire renforcée\\nPar Karim Benali, le 12 février 2025\\n\\nBODY_FR | 2025-02-12",
            "byline en | Police chiefs meet\\nBy John Smith · March 3, 2025\\n\\nBODY_EN | 2025-03-03",
            "byline ar | مباحثات أمنية مغربية إسبانية\\nبقلم كريم بنعلي - 9 شتنبر 2024\\n\\nBODY_AR | 2024-09-09",
    })
    void readsTheDateOfAPlainTextArticle(String name, String text, String iso) {
        String page = text.replace("\\n", "\n").replace("BODY_FR", BODY_FR).replace("BODY_EN", BODY_EN)
                .replace("BODY_AR", BODY_AR);
        assertEquals(iso, CLEANER.clean(page, null).publishedAt(), page);
    }
}
