package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule each, on sentences written for these tests: a meeting on the sidelines of an assembly (both events, the
 * assembly's place for both), an assembly cited by its results (not told), and event words of graduations,
 * deployments and arrests.
 */
class AssembliesAndEventWordsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 5);

    private static Extraction extract(String text) {
        return EngineFixture.ENGINE.extract(text, PUBLISHED);
    }

    @Test
    void aMeetingOnTheSidelinesOfAnAssemblyHappensWhereTheAssemblyIs() {
        Extraction x = extract("التقى وزير الداخلية الأردني سمير الخطيب نظيره العراقي قاسم الحسني على هامش اجتماعات الدورة "
                + "الخامسة لمجلس وزراء الداخلية العرب في تونس.");
        List<FoundEvent> meetings = EngineFixture.events(x, EventType.MEETING);
        List<FoundEvent> assemblies = EngineFixture.events(x, EventType.CONFERENCE);
        assertEquals(1, meetings.size(), x.events().toString());
        assertEquals(1, assemblies.size(), x.events().toString());
        assertEquals("tunisia", meetings.get(0).locationKey(), "the assembly's place, not the country taking part");
        assertEquals("tunisia", assemblies.get(0).locationKey());
    }

    @Test
    void anAssemblyCitedByItsResultsIsNotTold() {
        Extraction x = extract("وبحث الوزيران سمير الخطيب وقاسم الحسني سبل تطبيق نتائج اجتماعات الدورة الخامسة لمجلس وزراء "
                + "الداخلية العرب على أرض الواقع.");
        assertTrue(EngineFixture.events(x, EventType.CONFERENCE).isEmpty(), x.events().toString());
    }

    @Test
    void aGraduationOfACourseIsATraining() {
        Extraction x = extract("احتفلت القيادة العامة لشرطة أبوظبي بتخريج دورة مكافحة الجرائم الإلكترونية بالتعاون مع خبراء "
                + "أجانب.");
        assertEquals(1, EngineFixture.events(x, EventType.TRAINING).size(), x.events().toString());
    }

    @Test
    void deployingAnOfficerIsADeployment() {
        Extraction x = extract("Under the arrangement, Qatar can deploy a liaison officer to the headquarters of Europol in "
                + "The Hague.");
        assertEquals(1, EngineFixture.events(x, EventType.DEPLOYMENT).size(), x.events().toString());
    }

    @Test
    void apprehendingFugitivesIsAnOperation() {
        Extraction x = extract("He praised Dubai Police for tracking down and apprehending twelve fugitives wanted by the "
                + "Italian authorities.");
        assertEquals(1, EngineFixture.events(x, EventType.OPERATION).size(), x.events().toString());
    }

    @Test
    void signingTheMemorandumAlreadyToldAddsItsSignatories() {
        Extraction x = extract("شهد قائد شرطة دبي وسفير مملكة بلجيكا لدى الدولة اليوم توقيع مذكرة تفاهم بين الشرطتين. ووقع "
                + "المذكرة تيك فوس قائد الشرطة البلجيكية وخليل المنصوري مساعد القائد العام لشرطة دبي.");
        assertEquals(1, EngineFixture.events(x, EventType.AGREEMENT).size(), x.events().toString());
    }

    @Test
    void aVisitDoneByAnHonouredVisitorIsTheirs() {
        Extraction x = extract("وجاء ذلك خلال زيارة قام بها معالي الشيخ فهد سالم الصباح لمقر المنظمة بمدينة ليون وكان في "
                + "استقباله رئيس المنظمة أحمد ناصر الريسي.");
        List<FoundEvent> visits = EngineFixture.events(x, EventType.VISIT);
        assertEquals(1, visits.size(), x.events().toString());
        assertEquals(1, visits.get(0).participants().size(), "the visitor only: " + visits.get(0).participants());
    }

    @Test
    void aLineCutByTheEndOfTheStoredPageKeepsItsWholeSentences() {
        String text = "قام المدير العام عبد اللطيف حموشي بزيارة عمل إلى بلجيكا يومي الثلاثاء والأربعاء الماضيين التقى خلالها "
                + "عددا من المسؤولين الأمنيين في بروكسل.\n"
                + "وتتويجا لهذه الزيارة، وقع حموشي ونظيره البلجيكي خطة عمل مشتركة. وتتضمن هذه الخطة برنامج";
        Extraction x = extract(text);
        List<FoundEvent> agreements = EngineFixture.events(x, EventType.AGREEMENT);
        assertEquals(1, agreements.size(), x.events().toString());
        assertEquals("belgium", agreements.get(0).locationKey(), "the visit it crowns gives its place");
    }

    @Test
    void aVisitorReceivedWhilePreparingAnAssemblyGivesThreeEventsEachWithItsOwnDate() {
        Extraction x = extract("استقبل وزير الداخلية المصري محمود توفيق الأمين العام لمجلس وزراء الداخلية العرب الذي يزور "
                + "القاهرة حاليا في إطار الإعداد للاجتماع الوزاري السنوي للمجلس المقرر عقده نهاية شهر مارس المقبل.");
        List<FoundEvent> meetings = EngineFixture.events(x, EventType.MEETING);
        List<FoundEvent> visits = EngineFixture.events(x, EventType.VISIT);
        List<FoundEvent> assemblies = EngineFixture.events(x, EventType.CONFERENCE);
        assertEquals(1, assemblies.size(), "the assembly prepared for is told too: " + x.events());
        assertEquals("2025-03", assemblies.get(0).date(), "its own, planned date");
        assertEquals(1, visits.size(), x.events().toString());
        assertEquals(PUBLISHED.toString(), visits.get(0).date(), "'currently' dates the visit on publication day");
        assertEquals(1, meetings.size(), x.events().toString());
        assertEquals("cairo", meetings.get(0).locationKey(), "received where the visit is");
        assertTrue(meetings.get(0).date() == null || !meetings.get(0).date().startsWith("2025-03"),
                "the planned assembly's date is not the meeting's: " + meetings.get(0).date());
    }

    @Test
    void aGuestWelcomedToAPlaceIsVisitingIt() {
        Extraction x = extract("The Chief of Police, Prefect Mario Rossetti, welcomed Lieutenant General Khalid Al Marri, "
                + "Commander-in-Chief of Dubai Police, and his delegation to the Ministry of Interior in Rome on Monday.");
        List<FoundEvent> visits = EngineFixture.events(x, EventType.VISIT);
        assertEquals(1, visits.size(), x.events().toString());
        assertEquals(List.of("new:khalid al marri"), visits.get(0).participants().stream()
                .map(FoundParticipant::entityKey).toList(), "the guest visits, not the host");
        assertTrue(visits.get(0).organizationKeys().contains("dubai-police"), visits.get(0).organizationKeys().toString());
        assertEquals(1, EngineFixture.events(x, EventType.MEETING).size(), x.events().toString());
    }

    @Test
    void aGuestWelcomedWithoutAPlaceIsOnlyMet() {
        Extraction x = extract("The Chief of Police, Prefect Mario Rossetti, welcomed Lieutenant General Khalid Al Marri on "
                + "Monday and praised the cooperation between the two forces.");
        assertTrue(EngineFixture.events(x, EventType.VISIT).isEmpty(), x.events().toString());
    }

    @Test
    void aCapitalNamedByItsNationalityIsTheCapitalCity() {
        Extraction ar = extract("ومن المقرر عقد المؤتمر بالعاصمة التونسية نهاية الشهر المقبل بمشاركة وزراء الداخلية العرب.");
        assertTrue(ar.entities().stream().anyMatch(e -> e.key().equals("tunis")), ar.entities().toString());
        Extraction fr = extract("La conférence se tiendra dans la capitale tunisienne à la fin du mois prochain.");
        assertTrue(fr.entities().stream().anyMatch(e -> e.key().equals("tunis")), fr.entities().toString());
        Extraction en = extract("The conference will be held in the Tunisian capital at the end of next month.");
        assertTrue(en.entities().stream().anyMatch(e -> e.key().equals("tunis")), en.entities().toString());
    }
}
