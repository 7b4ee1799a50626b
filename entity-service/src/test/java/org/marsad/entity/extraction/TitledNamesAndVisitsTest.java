package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule each, on sentences written for these tests: people the knowledge base does not know, found from the
 * title next to them; the ministry a minister's title names; the visitor of a visit told inside a meeting; a
 * weekday that only labels the date after it.
 */
class TitledNamesAndVisitsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 5);

    private static Extraction extract(String text) {
        return EngineFixture.ENGINE.extract(text, PUBLISHED);
    }

    private static List<String> people(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(FoundEntity::name).toList();
    }

    @Test
    void aMinistersTitleNamesTheMinistryOfItsCountry() {
        Extraction x = extract("أجرى وزير الداخلية الإسباني خوسيه مارتينيث مباحثات بالرباط مع نظيره المغربي.");
        assertNotNull(EngineFixture.entity(x, "es-interior"), "the known Spanish interior ministry");
        assertTrue(x.roles().stream().anyMatch(r -> "es-interior".equals(r.organizationKey())));
    }

    @Test
    void aMinistryTheKnowledgeBaseLacksIsNamedInEnglishByCountry() {
        Extraction x = extract("والتقى سموه نهاد حداد وزير الداخلية اللبناني في أبوظبي.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Ministry of Interior (Lebanon)")),
                x.entities().toString());
    }

    @Test
    void aNameWrittenBeforeItsPositionIsAPerson() {
        Extraction x = extract("والتقى سموه نهاد حداد وزير الداخلية اللبناني في أبوظبي.");
        assertEquals(List.of("نهاد حداد"), people(x));
    }

    @Test
    void aVerbStartingTheSentenceIsNotTheFirstWordOfTheName() {
        Extraction x = extract("وصل فيتوريو بيانكي المدير العام للشرطة الايطالية إلى الرباط.");
        assertTrue(people(x).stream().noneMatch(n -> n.startsWith("وصل")), people(x).toString());
    }

    @Test
    void anAmbassadorNamesTheCountryAndTheNameSetOffByCommas() {
        Extraction x = extract("كما عقد المدير العام لقاء مع سفير جمهورية الغابون، برانلي مارسيال، تناول سبل التعاون.");
        assertEquals(List.of("برانلي مارسيال"), people(x));
        Extraction british = extract("واستقبل المدير العام السفير البريطاني، أليكس ويلسون، حيث جرت مباحثات.");
        assertEquals(List.of("أليكس ويلسون"), people(british), "أليكس starts with Alex, not the article");
    }

    @Test
    void nameChainsCountNamesNotParticles() {
        Extraction x = extract("استقبل الوزير الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني في الدوحة.");
        assertTrue(people(x).contains("خالد بن خليفة بن عبدالعزيز آل ثاني"), people(x).toString());
        Extraction ali = extract("استقبل الوزير الدكتور محمد بن على كومان في القاهرة.");
        assertTrue(people(ali).contains("محمد بن على كومان"), people(ali).toString());
    }

    @Test
    void counterpartsAnnounceTheNamesOfEachPeer() {
        Extraction x = extract("التقى الوزير نظيريه العماني حمود بن فيصل الحارثي والعراقي قاسم الاعرجي في تونس.");
        assertTrue(people(x).containsAll(List.of("حمود بن فيصل الحارثي", "قاسم الاعرجي")), people(x).toString());
    }

    @Test
    void aVisitToldInsideAMeetingIsTheVisitorsOwn() {
        Extraction x = extract("أجرى وزير الداخلية الإسباني خوسيه مارتينيث، في زيارة قام بها للمغرب، مباحثات بالرباط "
                + "مع وزير الداخلية المغربي عبد الوافي لفتيت.");
        FoundEvent visit = EngineFixture.events(x, EventType.VISIT).get(0);
        assertEquals(1, visit.participants().size());
        assertTrue(EngineFixture.hasParticipant(visit, "new:خوسيه مارتينيث"), visit.participants().toString());
        FoundEvent meeting = EngineFixture.events(x, EventType.MEETING).get(0);
        assertTrue(EngineFixture.hasParticipant(meeting, "laftit"));
    }

    @Test
    void theOneReceivedWhoIsVisitingIsTheVisitor() {
        Extraction x = extract("استقبل وزير الداخلية محمود توفيق الدكتور سامي بن على حداد الذي يزور القاهرة حاليا.");
        FoundEvent visit = EngineFixture.events(x, EventType.VISIT).get(0);
        assertEquals(1, visit.participants().size(), visit.participants().toString());
        assertTrue(!EngineFixture.hasParticipant(visit, "mahmoud-tawfik"), "the host does not visit");
    }

    @Test
    void aWeekdayBeforeAWrittenDateOnlyLabelsIt() {
        Extraction x = extract("قام المدير العام عبد اللطيف حموشي بزيارة عمل إلى بلجيكا يوم الخميس 28 نوفمبر 2024.");
        assertEquals("2024-11-28", EngineFixture.events(x, EventType.VISIT).get(0).date());
        Extraction y = extract("قام المدير العام عبد اللطيف حموشي بزيارة عمل إلى بلجيكا يوم الاثنين 2 ديسمبر.");
        assertEquals("2024-12-02", EngineFixture.events(y, EventType.VISIT).get(0).date());
    }

    @Test
    void theCountryAnOrganizationBelongsToEndsTheTitleAndANameFollows() {
        Extraction x = extract("استقبل المدير العام عبد اللطيف حموشي بالرباط المدير العام للشرطة الاتحادية بدولة ألمانيا، "
                + "يوهان شميت .");
        assertTrue(people(x).contains("يوهان شميت"), people(x).toString());
        assertTrue(x.roles().stream().anyMatch(r -> "bundespolizei".equals(r.organizationKey())), x.roles().toString());
    }

    @Test
    void inAListOfMinistersEachTitleIsItsOwnNamesAndAnyCountryHasItsNationality() {
        Extraction x = extract("والتقى سموه نهاد حداد وزير الداخلية اللبناني، وكريم حسنوف وزير الشؤون الداخلية الأذربيجاني.");
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("new:نهاد حداد")
                && r.title().equals("وزير الداخلية اللبناني")), x.roles().toString());
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().contains("حسنوف")
                && r.title().equals("وزير الشؤون الداخلية الأذربيجاني")), x.roles().toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Ministry of Internal Affairs (Azerbaijan)")),
                "a CLDR country's nationality is derived from its Arabic name");
    }
}
