package org.marsad.entity.extraction;

/**
 * Words that introduce or describe a person: heads of organizations, ministers, honorifics, professions, and the
 * Arabic "counterpart" words (نظيره، نظيرته، نظرائه) that point to a foreign peer.
 */
final class TitleLexicon {

    /** What a title word says about the name next to it. */
    enum Kind {
        /** Heads an organization named right after it: "المدير العام لـ", "directeur général de", "head of". */
        HEAD,
        /** A minister; the ministry is part of the title ("وزير الداخلية"). */
        MINISTER,
        /** A ruler or head of state: "أمير دولة قطر", "الرئيس", "King". */
        RULER,
        /** Courtesy words before a name: "السيد", "Mme". */
        HONORIFIC,
        /** Professions that precede a name: "الصحفي", "journalist". */
        PROFESSION,
        /** A peer in another country: "نظيره الفرنسي", "son homologue". */
        COUNTERPART
    }

    static final String[] HEADS = {
        "المدير العام", "المديرة العامة", "مدير عام", "مديرة عامة", "المدير", "المديرة", "مدير", "مديرة",
        "رئيس", "رئيسة", "الأمين العام", "الأمينة العامة", "القائد العام", "قائد", "المفتش العام", "المفتشة العامة",
        "الكاتب العام", "الكاتبة العامة", "المدير التنفيذي", "المديرة التنفيذية", "المدير المركزي", "نائب المدير العام",
        "نائب رئيس", "نائبة رئيس", "المدير العام بالنيابة", "المتحدث باسم", "الناطق باسم", "الناطق الرسمي باسم",
        "المتحدثة باسم", "منسق", "والي أمن", "المراقب العام", "مساعد مدير", "وكيل وزارة", "مدير إدارة",
        "directeur general", "directrice generale", "directeur", "directrice", "chef", "patron", "patronne",
        "secretaire general", "secretaire generale", "president", "presidente", "commandant", "porte-parole",
        "directeur general adjoint", "inspecteur general", "prefet de police",
        "director general", "director", "deputy director", "head", "chief", "secretary general", "executive director",
        "commissioner", "spokesperson", "spokesman", "president of"
    };

    static final String[] MINISTERS = {
        "وزير الداخلية", "وزيرة الداخلية", "وزير الخارجية", "وزيرة الخارجية", "وزير العدل", "وزيرة العدل",
        "وزير الدفاع", "وزيرة الدفاع", "وزير الأمن", "وزير الأمن الداخلي", "وزير الداخلية وما وراء البحار",
        "وزير الشؤون الخارجية", "وزير الشؤون الخارجية والتعاون الإفريقي", "الوزير المنتدب",
        "ministre de l'interieur", "ministre des affaires etrangeres", "ministre de la justice", "ministre des armees",
        "ministre de l'interieur et des outre-mer", "ministre delegue", "garde des sceaux",
        "interior minister", "minister of interior", "minister of the interior", "home secretary",
        "foreign minister", "justice minister", "secretary of state", "attorney general", "secretary of homeland security",
        "minister"
    };

    static final String[] RULERS = {
        "أمير", "أمير دولة", "الملك", "ملك", "العاهل", "الرئيس", "رئيس الجمهورية", "رئيس الحكومة", "ولي العهد",
        "الشيخ", "جلالة الملك",
        "le roi", "roi", "l'emir", "emir", "le president", "president de la republique", "premier ministre",
        "king", "emir", "prince", "crown prince", "prime minister"
    };

    static final String[] HONORIFICS = {
        "السيد", "السيدة", "سيد", "سعادة", "معالي", "سمو", "سمو الشيخ", "الدكتور", "الدكتورة",
        // Police and military ranks, as Moroccan, Gulf, Egyptian and Levantine wires write them before a name.
        "اللواء", "اللواء الركن", "العميد", "العميد الركن", "الجنرال", "الجنرال دوكور دارمي", "الجنرال دو كور دارمي",
        "الجنرال دو ديفيزيون", "العقيد", "العقيد الركن", "الفريق", "الفريق أول", "الفريق الركن", "المقدم", "الرائد",
        "النقيب", "الملازم", "الكولونيل", "الكولونيل ماجور", "الكومندان", "المفتش", "العميد الإقليمي",
        "عميد الشرطة", "المراقب العام للشرطة",
        "m", "mme", "monsieur", "madame", "mr", "mrs", "ms", "dr", "general", "gen", "colonel", "commissaire",
        "commissaire divisionnaire", "lieutenant", "capitaine", "captain", "major", "inspector",
        "superintendent", "sheikh", "cheikh", "lieutenant general", "major general", "brigadier general"
    };

    static final String[] PROFESSIONS = {
        "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الكاتب", "الكاتبة", "الخبير", "الخبيرة", "الباحث", "الباحثة",
        "المحلل", "المحللة", "المشتبه به", "القاضي", "القاضية", "المحامي", "المحامية",
        "السفير", "السفيرة", "سفير", "سفيرة", "القنصل", "القنصلة", "الضابط",
        "journaliste", "le journaliste", "la journaliste", "l'ambassadeur", "ambassadeur", "ambassadrice", "juge",
        "avocat", "procureur", "le suspect", "le terroriste",
        "journalist", "reporter", "ambassador", "judge", "prosecutor", "suspect", "analyst", "officer", "agent"
    };

    static final String[] COUNTERPARTS = {
        "نظير", "نظيره", "نظيرته", "نظيرتها", "نظيرها", "نظراؤه", "نظرائه", "نظرائها", "نظيرهم", "نظيريه",
        "homologue", "homologues", "son homologue", "sa homologue", "ses homologues",
        "counterpart", "counterparts"
    };

    private TitleLexicon() {
    }

    /** Builds the title trie: every word or phrase, folded, with its kind. */
    static AliasTrie<Kind> build() {
        AliasTrie<Kind> trie = new AliasTrie<>();
        add(trie, HEADS, Kind.HEAD);
        add(trie, MINISTERS, Kind.MINISTER);
        add(trie, RULERS, Kind.RULER);
        add(trie, HONORIFICS, Kind.HONORIFIC);
        add(trie, PROFESSIONS, Kind.PROFESSION);
        add(trie, COUNTERPARTS, Kind.COUNTERPART);
        return trie;
    }

    private static void add(AliasTrie<Kind> trie, String[] forms, Kind kind) {
        for (String form : forms) {
            trie.add(Tokenizer.words(form), kind);
        }
    }
}
