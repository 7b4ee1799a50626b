package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule each, on sentences written for these tests: names of people the knowledge base does not know, written
 * before or after a position, a consul's or a liaison officer's included; one person's stacked titles; and
 * institutions written head first in English ("Ministry of Interior").
 */
class NamesAroundTitlesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 5);

    private static Extraction extract(String text) {
        return EngineFixture.ENGINE.extract(text, PUBLISHED);
    }

    private static List<String> people(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(FoundEntity::name).toList();
    }

    private static List<String> organizations(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(FoundEntity::name).toList();
    }

    @Test
    void namesBeforeASecretaryGeneralAndAConsulArePeople() {
        Extraction x = extract("ووقعت المذكرة بحضور تيك فوس الأمين العام لوزارة العدل في بلجيكا وكورت رايتر القنصل العام "
                + "لمملكة بلجيكا في دبي.");
        assertTrue(people(x).containsAll(List.of("تيك فوس", "كورت رايتر")), people(x).toString());
    }

    @Test
    void aNameBeforeAnAmbassadorOfACountryIsAPerson() {
        Extraction x = extract("ومن جانبه أكد جوفاني ستيلاري السفير الإيطالي لدى الدولة أهمية التعاون.");
        assertEquals(List.of("جوفاني ستيلاري"), people(x));
    }

    @Test
    void aCommaMaySetAPositionOffFromTheNameOfAListItem() {
        Extraction x = extract("ونشرت الوزارة صورة لعبد اللطيف الحموشي، وميك تومبيو، وزير الخارجية الأمريكي.");
        assertTrue(people(x).contains("ميك تومبيو"), people(x).toString());
    }

    @Test
    void aPhraseBeforeACommaAndATitleIsNoName() {
        Extraction x = extract("والتقى العميد سامر الخوالدة، على هامش حفل الاختتام، السفير الألماني في عمّان.");
        assertTrue(people(x).stream().noneMatch(n -> n.contains("هامش")), people(x).toString());
    }

    @Test
    void aNameFollowsAHeadOfAUnitAndTheInstitutionItBelongsTo() {
        Extraction x = extract("وأشاد مدير قطاع التدريب بالإنتربول دافي شيهان، في كلمته خلال الحفل، بالتعاون بين الجامعة "
                + "والمنظمة.");
        assertTrue(people(x).contains("دافي شيهان"), people(x).toString());
    }

    @Test
    void aNameFollowsAMinisterOfANamedCountry() {
        Extraction x = extract("واستقبل الوزير وزير الداخلية البرتغالي جوزيه لويس كارنيرو وبحث الجانبان سبل التعاون.");
        assertTrue(people(x).contains("جوزيه لويس كارنيرو"), people(x).toString());
    }

    @Test
    void oneNamesStackedTitlesAreAllTheirs() {
        Extraction x = extract("التقى الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية اليوم في أبوظبي "
                + "وفدا أمنيا.");
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("saif-bin-zayed")
                && "ae-interior".equals(r.organizationKey())), x.roles().toString());
    }

    @Test
    void anEnglishInstitutionWrittenHeadFirstKeepsItsObject() {
        Extraction x = extract("The delegation was welcomed at the Ministry of Interior in Rome by officers of the General "
                + "Department of Criminal Investigation.");
        assertTrue(organizations(x).containsAll(List.of("Ministry of Interior",
                "General Department of Criminal Investigation")), organizations(x).toString());
    }

    @Test
    void aTitleInsideACapitalizedPhraseEndsTheInstitution() {
        Extraction x = extract("The meeting was attended by Prefect Mario Rossetti, Deputy Chief of Police and Central "
                + "Director of Criminal Police.");
        assertTrue(people(x).contains("Mario Rossetti"), people(x).toString());
        assertFalse(organizations(x).stream().anyMatch(n -> n.contains("Director")), organizations(x).toString());
    }

    @Test
    void aMinistryNamedWithItsCountryAfterItKeepsTheCountryInItsName() {
        Extraction x = extract("وحضر التوقيع ممثلون عن وزارة العدل والأمن في بلجيكا ووزارة العدل والأمن في هولندا.");
        assertTrue(organizations(x).containsAll(List.of("وزارة العدل والأمن في بلجيكا", "وزارة العدل والأمن في هولندا")),
                "two countries' ministries stay two: " + organizations(x));
    }

    @Test
    void aKnownShortFormWithItsCountryStaysTheKnownInstitution() {
        Extraction x = extract("وجرى الاستقبال على هامش زيارة العمل التي يقوم بها المدير العام للشرطة الاتحادية بدولة ألمانيا "
                + "إلى المغرب.");
        assertTrue(x.entities().stream().anyMatch(e -> "bundespolizei".equals(e.key())), organizations(x).toString());
    }
}
