package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and phrases that state an event, in Arabic, French and English, with the event type they announce.
 * Arabic single words also match with a pronoun suffix (لقائه، زيارتها، مباحثاته).
 */
final class TriggerLexicon {

    /**
     * A trigger.
     *
     * @param type the event type
     * @param verbal whether it is a finite verb (a bare noun like "الإشادة" often names a habit, not an event)
     */
    record Trigger(EventType type, boolean verbal) {}

    private static final String[] VISIT_VERBS = {
        "زار", "زارت", "زارا", "زاروا", "يزور", "تزور", "يزوران", "سيزور", "ستزور", "وصل إلى", "حل ضيفا",
        "visited", "visits", "visiting", "rendu visite", "s'est rendu", "s'est rendue", "se rendra", "visitera",
        "paid a visit", "a visite", "est en visite", "travelled to", "traveled to", "travel to", "will visit",
        "arrived in", "arrive a", "est arrive a", "se rendre", "doit se rendre", "effectuera une visite", "a effectue une visite"
    };
    private static final String[] VISIT_NOUNS = {"زيارة", "زيارات", "visite", "visit", "trip to"};

    private static final String[] MEETING_VERBS = {
        "استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "التقى", "التقت", "التقيا", "يلتقي", "تلتقي", "سيلتقي",
        "اجتمع", "اجتمعت", "اجتمعا", "يجتمع", "تجتمع", "تباحث", "تباحثت", "تباحثا", "يتباحث", "تتباحث",
        "عقد لقاء", "عقدا لقاء", "عقد اجتماعا", "عقدا اجتماعا", "جمعه لقاء", "بحث", "بحثت", "يبحث مع",
        "تبحث مع", "بحثا", "أجرى مباحثات", "أجرت مباحثات",
        "s'est entretenu", "s'est entretenue", "se sont entretenus", "a recu", "a rencontre", "ont rencontre",
        "s'est reuni", "se sont reunis", "rencontrera", "recevra",
        "met", "meets", "met with", "received", "hosted", "held talks", "will meet", "discussed with",
        "a discute avec", "a eu un entretien", "ont eu un entretien", "s'entretiendra"
    };
    private static final String[] MEETING_NOUNS = {
        "استقبال", "لقاء", "لقاءات", "اجتماع", "اجتماعات", "مباحثات", "محادثات", "مشاورات", "جلسة عمل",
        "اتصال هاتفي", "مكالمة هاتفية",
        "entretien", "entretiens", "rencontre", "reunion", "pourparlers", "entrevue",
        "meeting", "talks", "phone call", "bilateral meeting"
    };

    private static final String[] AGREEMENT_VERBS = {
        "وقع", "وقعت", "وقعا", "يوقع", "سيوقع", "ستوقع", "وقعتا",
        "a signe", "ont signe", "signeront", "signed", "sign", "will sign", "اتفق", "اتفقا", "اتفقت", "اتفق الجانبان",
        "ont convenu", "sont convenus", "a convenu", "agreed to", "agreed on", "agreed"
    };
    private static final String[] AGREEMENT_NOUNS = {
        "توقيع", "اتفاقية", "اتفاقيات", "مذكرة تفاهم", "بروتوكول", "إعلان نوايا",
        "signature", "accord", "convention", "protocole d'accord", "memorandum d'entente",
        "agreement", "memorandum of understanding", "memorandum", "mou"
    };

    private static final String[] TRAINING_VERBS = {
        "درب", "دربت", "يدرب", "تدرب", "استفاد من تكوين", "ont ete formes", "a forme", "formera",
        "trained", "will train"
    };
    private static final String[] TRAINING_NOUNS = {
        "تكوين", "دورة تدريبية", "دورات تدريبية", "دورة تكوينية", "دورات تكوينية", "تدريب", "تداريب",
        "ورشة تكوينية", "ورشة عمل", "برنامج تدريبي",
        "formation", "formations", "session de formation", "stage de formation", "atelier",
        "training", "training course", "training session", "workshop"
    };

    private static final String[] DEPLOYMENT_VERBS = {
        "وصلت عناصر", "حلت عناصر", "أوفدت", "أوفد", "نشرت", "deployes", "a deploye", "ont ete deployes",
        "deployed", "dispatched", "helped secure", "help secure", "will help secure", "ont contribue a securiser",
        "ساهمت في تأمين", "ساهم في تأمين", "شاركت في تأمين"
    };
    private static final String[] DEPLOYMENT_NOUNS = {
        "وصول عناصر", "نشر عناصر", "نشر قوات", "إيفاد", "نجاح تأمين", "المشاركة في تأمين",
        "deploiement", "renforts", "deployment"
    };

    private static final String[] OPERATION_VERBS = {
        "ألقت القبض", "ألقى القبض", "ألقي القبض", "أطاحت", "أطاح",
        "فكك", "فككت", "تفكك", "اعتقل", "اعتقلت", "أوقف", "أوقفت", "يوقف", "توقف عناصر", "ضبط", "ضبطت", "حجز", "حجزت",
        "أحبط", "أحبطت", "داهم", "داهمت", "تعقب", "تعقبت", "تمكنت من توقيف", "تمكنت من تفكيك",
        "a interpelle", "ont interpelle", "interpelle", "interpelles", "a arrete", "arrete", "arretes",
        "a demantele", "demantele", "a saisi", "ont saisi",
        "arrested", "dismantled", "seized", "raided", "detained", "apprehended", "extradited", "busted"
    };
    private static final String[] OPERATION_NOUNS = {
        "إلقاء القبض", "الإطاحة", "تفكيك", "اعتقال", "توقيف", "إيقاف", "حجز", "مداهمة", "تعقب", "إحباط", "عملية أمنية", "عملية مشتركة",
        "interpellation", "interpellations", "arrestation", "arrestations", "demantelement", "coup de filet",
        "saisie", "arrest", "arrests", "raid", "crackdown", "operation"
    };

    private static final String[] STATEMENT_VERBS = {
        "أشاد", "أشادت", "يشيد", "تشيد", "نوه", "نوهت", "ينوه", "تنوه", "ثمن", "ثمنت", "أعرب عن شكره",
        "أعربت عن شكرها", "أعرب عن امتنانه", "أعرب عن تقديره", "صرح", "صرحت", "أعلن", "أعلنت",
        "a salue", "a felicite", "a remercie", "a declare", "a annonce", "salue",
        "praised", "hailed", "thanked", "commended", "announced", "stated", "welcomed"
    };

    private static final String[] CONFERENCE_NOUNS = {
        "الجمعية العامة", "مؤتمر", "المؤتمر", "مؤتمرات", "قمة", "منتدى", "ندوة", "الاجتماع السنوي", "الدورة العادية",
        "assemblee generale", "conference", "sommet", "forum", "colloque", "symposium",
        "general assembly", "summit", "annual meeting"
    };

    private static final String[] AWARD_VERBS = {
        "وشح", "وشحت", "توشيح", "كرم", "كرمت", "منح وسام", "منحت وسام",
        "a decore", "decore", "decoree", "a ete decore", "awarded", "honoured", "honored", "decorated"
    };
    private static final String[] AWARD_NOUNS = {
        "وسام", "تكريم", "جائزة", "decoration", "medaille", "legion d'honneur", "award", "medal"
    };

    private static final String[] PRONOUN_SUFFIXES = {"ه", "ها", "هم", "هما"};

    private TriggerLexicon() {
    }

    /** Builds the trigger trie: every form, folded, with its pronoun-suffixed Arabic variants. */
    static AliasTrie<Trigger> build() {
        AliasTrie<Trigger> trie = new AliasTrie<>();
        add(trie, VISIT_VERBS, EventType.VISIT, true);
        add(trie, VISIT_NOUNS, EventType.VISIT, false);
        add(trie, MEETING_VERBS, EventType.MEETING, true);
        add(trie, MEETING_NOUNS, EventType.MEETING, false);
        add(trie, AGREEMENT_VERBS, EventType.AGREEMENT, true);
        add(trie, AGREEMENT_NOUNS, EventType.AGREEMENT, false);
        add(trie, TRAINING_VERBS, EventType.TRAINING, true);
        add(trie, TRAINING_NOUNS, EventType.TRAINING, false);
        add(trie, DEPLOYMENT_VERBS, EventType.DEPLOYMENT, true);
        add(trie, DEPLOYMENT_NOUNS, EventType.DEPLOYMENT, false);
        add(trie, OPERATION_VERBS, EventType.OPERATION, true);
        add(trie, OPERATION_NOUNS, EventType.OPERATION, false);
        add(trie, STATEMENT_VERBS, EventType.STATEMENT, true);
        add(trie, CONFERENCE_NOUNS, EventType.CONFERENCE, false);
        add(trie, AWARD_VERBS, EventType.AWARD, true);
        add(trie, AWARD_NOUNS, EventType.AWARD, false);
        return trie;
    }

    private static void add(AliasTrie<Trigger> trie, String[] forms, EventType type, boolean verbal) {
        Trigger trigger = new Trigger(type, verbal);
        for (String form : forms) {
            List<String> words = Tokenizer.words(form);
            trie.add(words, trigger);
            String last = words.get(words.size() - 1);
            // Only nouns take the pronoun here (لقائه، زيارتها): a verb + ه would read as a feminine noun (أشاده/إشادة).
            if (verbal || !TextNormalizer.isArabicLetter(last.charAt(0))) {
                continue;
            }
            for (String suffixed : suffixed(last)) {
                List<String> variant = new ArrayList<>(words);
                variant.set(variant.size() - 1, suffixed);
                trie.add(variant, trigger);
            }
        }
    }

    /** "زياره" → "زيارته", "زيارتها"…; "لقاء" → "لقاءه"…: the word with an attached pronoun. */
    private static List<String> suffixed(String word) {
        List<String> out = new ArrayList<>();
        char last = word.charAt(word.length() - 1);
        if (last != 'ه' && last != 'ا' && last != 'ي') {
            out.add(word + "ا"); // accusative: "عقد اجتماعاً", "لقاءً" is written with a final alif
        }
        String stem = word.endsWith("ه") ? word.substring(0, word.length() - 1) + "ت" : word;
        for (String p : PRONOUN_SUFFIXES) {
            out.add(stem + p);
        }
        if (word.endsWith("ء")) {
            // لقاء + ه is written لقائه: hamza on a seat, folded to ي.
            String seat = word.substring(0, word.length() - 1) + "ي";
            for (String p : PRONOUN_SUFFIXES) {
                out.add(seat + p);
            }
        }
        if (word.endsWith("ات")) {
            for (String p : PRONOUN_SUFFIXES) {
                out.add(word + p);
            }
        }
        return out;
    }
}
