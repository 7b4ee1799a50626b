package org.marsad.entity.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events in articles unlike the seeds: other agencies, other happenings, other languages. The texts are SYNTHETIC,
 * written for these tests (not real reporting), so that the rules are checked on wording the seeds never use.
 */
class SyntheticArticlesTest {

    private static final ExtractionEngine ENGINE = EngineFixture.ENGINE;

    @Test
    void englishFbiTrainingWithDateRange() {
        // SYNTHETIC article.
        String text = """
                FBI trains Moroccan police in cybercrime investigations

                The Federal Bureau of Investigation held a training course for 30 officers of Morocco's General \
                Directorate of National Security in Rabat from 3 to 7 March 2025, focusing on cybercrime and \
                counter-terrorism investigations.
                FBI Director Kash Patel met Abdellatif Hammouchi in Rabat on Tuesday to discuss intelligence sharing.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2025, 3, 8));
        assertEquals("en", x.language());
        FoundEvent training = single(EngineFixture.events(x, EventType.TRAINING));
        assertEquals("2025-03-03/2025-03-07", training.date());
        assertEquals(DatePrecision.RANGE, training.datePrecision());
        assertEquals("rabat", training.locationKey());
        assertTrue(training.organizationKeys().containsAll(List.of("fbi", "dgsn")), training.organizationKeys().toString());
        assertTrue(training.topics().contains(Topic.CYBERCRIME));
        assertTrue(training.topics().contains(Topic.TRAINING));

        FoundEvent meeting = single(EngineFixture.events(x, EventType.MEETING));
        assertTrue(EngineFixture.hasParticipant(meeting, "kash-patel"));
        assertTrue(EngineFixture.hasParticipant(meeting, "hammouchi"));
        assertEquals("2025-03-04", meeting.date());
        assertEquals(EventStatus.HAPPENED, meeting.status());
        assertTrue(meeting.organizationKeys().contains("fbi"));
        assertTrue(meeting.topics().contains(Topic.INTELLIGENCE_SHARING));
    }

    @Test
    void frenchInterpolArrestOperation() {
        // SYNTHETIC article.
        String text = """
                Trafic de drogue : coup de filet d'INTERPOL en Afrique de l'Ouest

                Une opération coordonnée par INTERPOL a permis l'arrestation de 47 personnes soupçonnées de trafic de \
                drogue et de traite des êtres humains au Sénégal, au Mali et en Côte d'Ivoire, a annoncé l'organisation \
                le 12 juin 2024 depuis Lyon.
                Le secrétaire général d'INTERPOL, Jürgen Stock, a salué la coopération exemplaire des polices de la région.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 6, 13));
        assertEquals("fr", x.language());
        FoundEvent op = single(EngineFixture.events(x, EventType.OPERATION));
        assertTrue(op.organizationKeys().contains("interpol"));
        assertEquals("2024-06-12", op.date());
        assertTrue(op.topics().contains(Topic.DRUG_TRAFFICKING));
        assertTrue(op.topics().contains(Topic.HUMAN_TRAFFICKING));
        assertNotNull(EngineFixture.entity(x, "senegal"));
        assertNotNull(EngineFixture.entity(x, "cote-d-ivoire"));

        FoundEvent praise = single(EngineFixture.events(x, EventType.STATEMENT));
        assertTrue(EngineFixture.hasParticipant(praise, "juergen-stock"));
        assertTrue(praise.organizationKeys().contains("interpol"));
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("juergen-stock")
                && "interpol".equals(r.organizationKey())), x.roles().toString());
    }

    @Test
    void arabicSpanishMoroccanAgreementSigning() {
        // SYNTHETIC article.
        String text = """
                المغرب وإسبانيا يوقعان مذكرة تفاهم في المجال الأمني

                وقع وزير الداخلية عبد الوافي لفتيت ونظيره الإسباني فرناندو غراندي مارلاسكا، يوم الخميس بمدريد، \
                مذكرة تفاهم لتعزيز التعاون الأمني في مجال مكافحة الهجرة غير الشرعية والاتجار بالبشر.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 10, 5));
        assertEquals("ar", x.language());
        FoundEvent agreement = single(EngineFixture.events(x, EventType.AGREEMENT));
        assertTrue(EngineFixture.hasParticipant(agreement, "laftit"));
        assertTrue(EngineFixture.hasParticipant(agreement, "grande-marlaska"));
        assertEquals("madrid", agreement.locationKey());
        assertEquals("2024-10-03", agreement.date());
        assertEquals(EventStatus.HAPPENED, agreement.status());
        assertTrue(agreement.topics().containsAll(List.of(Topic.ILLEGAL_MIGRATION, Topic.HUMAN_TRAFFICKING,
                Topic.SECURITY_COOPERATION)), agreement.topics().toString());
    }

    @Test
    void arabicGulfVisitWithMaghrebiMonth() {
        // SYNTHETIC article.
        String text = """
                وزير الداخلية القطري في زيارة رسمية للمغرب

                حل وزير الداخلية القطري الشيخ خليفة بن حمد بن خليفة آل ثاني، أمس الاثنين، بالرباط في زيارة رسمية \
                للمملكة المغربية، حيث أجرى مباحثات مع نظيره المغربي عبد الوافي لفتيت حول تأمين كأس أمم إفريقيا.
                ومن المنتظر أن يزور الوزير القطري مدينة طنجة في 20 ماي المقبل.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 5, 14));
        FoundEvent talks = x.events().stream()
                .filter(e -> e.type() == EventType.MEETING || e.type() == EventType.VISIT)
                .filter(e -> EngineFixture.hasParticipant(e, "khalifa-bin-hamad"))
                .findFirst().orElseThrow();
        assertTrue(EngineFixture.hasParticipant(talks, "laftit"));
        assertEquals("rabat", talks.locationKey());
        assertEquals("2024-05-13", talks.date());
        assertTrue(talks.topics().contains(Topic.MAJOR_EVENT_SECURITY));
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("khalifa-bin-hamad")),
                x.roles().toString());
    }

    @Test
    void frenchPlannedVisitNextWeek() {
        // SYNTHETIC article.
        String text = """
                Le directeur général de la police nationale, Louis Laugier, se rendra à Rabat la semaine prochaine \
                pour préparer la sécurité de la Coupe d'Afrique des nations 2025 avec la DGSN.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2025, 1, 10));
        FoundEvent visit = single(EngineFixture.events(x, EventType.VISIT));
        assertEquals(EventStatus.PLANNED, visit.status());
        assertEquals("2025-01", visit.date());
        assertEquals("rabat", visit.locationKey());
        assertTrue(EngineFixture.hasParticipant(visit, "laugier"));
        assertTrue(visit.organizationKeys().containsAll(List.of("dgpn", "dgsn")), visit.organizationKeys().toString());
        assertTrue(visit.topics().contains(Topic.MAJOR_EVENT_SECURITY));
    }

    @Test
    void englishGulfReceptionOnWeekday() {
        // SYNTHETIC article.
        String text = """
                Abu Dhabi: The UAE Minister of Interior, Sheikh Saif bin Zayed Al Nahyan, received on Monday the head \
                of Morocco's DGSN and DGST, Abdellatif Hammouchi, who is on a working visit to the Emirates.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 11, 20));
        FoundEvent meeting = single(EngineFixture.events(x, EventType.MEETING));
        assertTrue(EngineFixture.hasParticipant(meeting, "saif-bin-zayed"));
        assertTrue(EngineFixture.hasParticipant(meeting, "hammouchi"));
        assertEquals("2024-11-18", meeting.date());
        assertTrue(meeting.organizationKeys().containsAll(List.of("dgsn", "dgst")), meeting.organizationKeys().toString());
        assertTrue(EngineFixture.events(x, EventType.VISIT).isEmpty(), "the visit is the setting of the meeting");
    }

    @Test
    void unknownNamesInPageNoiseAreIgnored() {
        // SYNTHETIC article with a made-up related-articles list and comment form.
        String text = """
                Europol and Spanish police dismantle a migrant smuggling network

                Europol said on 2 May 2024 that the Guardia Civil arrested 15 members of a network smuggling migrants \
                from Morocco to the Canary Islands, after a joint investigation with the Moroccan DGSN.

                Related articles
                Yasmine Sabri stars in a new series
                John Carter wins the city marathon
                Leave a comment
                Name *
                """;
        Extraction x = ENGINE.extract(text, null);
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Sabri") || e.name().contains("Carter")),
                x.entities().toString());
        FoundEvent op = single(EngineFixture.events(x, EventType.OPERATION));
        assertTrue(op.organizationKeys().containsAll(List.of("guardia-civil", "dgsn")), op.organizationKeys().toString());
        assertTrue(op.topics().contains(Topic.ILLEGAL_MIGRATION));
        assertEquals("2024-05-02", op.date());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        // SYNTHETIC article.
        String text = "استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الخميس بالرباط، السفير الفرنسي.";
        FoundEvent undated = single(ENGINE.extract(text, null).events());
        assertEquals(null, undated.date());
        FoundEvent dated = single(ENGINE.extract(text, LocalDate.of(2024, 9, 13)).events());
        assertEquals("2024-09-12", dated.date());
        assertFalse(dated.participants().isEmpty());
    }

    @Test
    void arabicBothSidesSignAfterTheirMeeting() {
        // SYNTHETIC article.
        String text = "التقى المدير العام للأمن الوطني عبد اللطيف حموشي، يوم الأربعاء بالرباط، بالمديرة التنفيذية "
                + "للوكالة الأوروبية للشرطة (يوروبول) كاثرين دي بول، في إطار زيارة عمل تقوم بها للمغرب. "
                + "كما وقع الجانبان على اتفاقية عمل تتعلق بتبادل المعطيات العملياتية.";
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 10, 18));
        FoundEvent meeting = single(EngineFixture.events(x, EventType.MEETING));
        assertEquals("2024-10-16", meeting.date());
        assertTrue(meeting.organizationKeys().containsAll(List.of("dgsn", "europol")));
        FoundEvent agreement = single(EngineFixture.events(x, EventType.AGREEMENT));
        assertTrue(EngineFixture.hasParticipant(agreement, "hammouchi"));
        assertTrue(EngineFixture.hasParticipant(agreement, "de-bolle"));
        assertTrue(agreement.evidence().text().startsWith("كما وقع الجانبان"));
    }

    @Test
    void englishAgreementBetweenCountriesAndVisit() {
        // SYNTHETIC article.
        String text = "Morocco and Spain signed an agreement on Thursday to step up police cooperation against drug "
                + "trafficking, during a visit to Madrid by Interior Minister Abdelouafi Laftit. Laftit met his Spanish "
                + "counterpart Fernando Grande-Marlaska and the director of the Guardia Civil, Mercedes González.";
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 11, 29));
        FoundEvent agreement = single(EngineFixture.events(x, EventType.AGREEMENT));
        assertTrue(EngineFixture.hasParticipant(agreement, "morocco"));
        assertTrue(EngineFixture.hasParticipant(agreement, "spain"));
        assertEquals("2024-11-28", agreement.date());
        FoundEvent meeting = single(EngineFixture.events(x, EventType.MEETING));
        assertTrue(EngineFixture.hasParticipant(meeting, "grande-marlaska"));
        assertTrue(EngineFixture.hasParticipant(meeting, "mercedes-gonzalez"));
        assertTrue(meeting.organizationKeys().contains("guardia-civil"));
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals("mercedes-gonzalez")
                && "guardia-civil".equals(r.organizationKey())));
    }

    @Test
    void arabicAwardAndPostponedVisit() {
        // SYNTHETIC articles.
        Extraction award = ENGINE.extract("وشح العاهل الإسباني الملك فيليبي السادس المدير العام للأمن الوطني "
                + "ومراقبة التراب الوطني عبد اللطيف حموشي بوسام الصليب الأكبر للاستحقاق الأمني.", null);
        FoundEvent decoration = single(EngineFixture.events(award, EventType.AWARD));
        assertTrue(EngineFixture.hasParticipant(decoration, "felipe-vi"));
        assertTrue(EngineFixture.hasParticipant(decoration, "hammouchi"));

        Extraction postponed = ENGINE.extract("أعلنت وزارة الداخلية الفرنسية تأجيل زيارة وزير الداخلية برونو روتايو "
                + "إلى الجزائر التي كانت مقررة الأسبوع المقبل.", LocalDate.of(2025, 3, 20));
        FoundEvent visit = single(EngineFixture.events(postponed, EventType.VISIT));
        assertEquals(EventStatus.CANCELLED, visit.status());
        assertEquals("algeria", visit.locationKey());
        assertTrue(EngineFixture.hasParticipant(visit, "retailleau"));
    }

    @Test
    void unknownInstitutionsAndOfficialsAreDiscovered() {
        // SYNTHETIC articles.
        Extraction ar = ENGINE.extract("أجرى المدير العام للأمن الوطني عبد اللطيف حموشي، اليوم الخميس بالرباط، "
                + "مباحثات مع المفتش العام للشرطة بوزارة الداخلية الباكستانية، همايون خان، تناولت سبل تعزيز "
                + "التعاون الأمني ومكافحة الإرهاب.", LocalDate.of(2024, 5, 30));
        FoundEntity ministry = ar.entities().stream().filter(e -> e.kbId() == null
                && e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("وزارة الداخلية الباكستانية", ministry.name());
        assertEquals("بوزارة الداخلية الباكستانية", ministry.mentions().get(0).text());
        FoundEvent talks = single(EngineFixture.events(ar, EventType.MEETING));
        assertEquals("2024-05-30", talks.date());
        assertTrue(talks.participants().stream().anyMatch(p -> p.entityKey().equals("new:" + NameKey.of("همايون خان"))),
                talks.participants().toString());
        assertTrue(talks.organizationKeys().contains(ministry.key()));

        Extraction en = ENGINE.extract("Pakistan's Federal Investigation Agency and the FBI held a joint training "
                + "workshop on cryptocurrency fraud in Islamabad this week, the agency said.", LocalDate.of(2024, 2, 2));
        FoundEvent workshop = single(EngineFixture.events(en, EventType.TRAINING));
        assertEquals("islamabad", workshop.locationKey());
        assertEquals("2024-02", workshop.date());
        assertTrue(workshop.organizationKeys().containsAll(List.of("new:federal investigation agency", "fbi")),
                workshop.organizationKeys().toString());
    }

    @Test
    void arabicInterpolAssemblyWithSideMeetings() {
        // SYNTHETIC article.
        String text = """
                ترأس عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، الوفد المغربي المشارك في                 أشغال الدورة 92 للجمعية العامة للمنظمة الدولية للشرطة الجنائية "أنتربول"، التي احتضنتها مدينة                 غلاسكو الاسكتلندية من 4 إلى 7 نونبر الجاري.
                وعلى هامش هذه الدورة، عقد حموشي سلسلة من اللقاءات الثنائية مع رؤساء أجهزة الشرطة في عدد من الدول،                 من بينهم الأمين العام للأنتربول يورغن شتوك، ومدير الشرطة الفيدرالية البرازيلية أندريه رودريغيز.
                """;
        Extraction x = ENGINE.extract(text, LocalDate.of(2024, 11, 26));
        FoundEvent assembly = single(EngineFixture.events(x, EventType.CONFERENCE));
        assertEquals("2024-11-04/2024-11-07", assembly.date());
        assertEquals("glasgow", assembly.locationKey());
        assertTrue(assembly.organizationKeys().contains("interpol"));
        FoundEvent talks = single(EngineFixture.events(x, EventType.MEETING));
        assertTrue(EngineFixture.hasParticipant(talks, "juergen-stock"));
        String brazilian = "new:" + NameKey.of("أندريه رودريغيز");
        assertTrue(EngineFixture.hasParticipant(talks, brazilian), talks.participants().toString());
        assertTrue(x.roles().stream().noneMatch(r -> r.personKey().equals("juergen-stock")
                && r.title().contains("البرازيلية")), "a listed second official is not the first one's title");
        assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals(brazilian) && r.organizationKey() != null));
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
