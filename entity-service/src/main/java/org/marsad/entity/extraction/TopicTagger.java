package org.marsad.entity.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Tags security topics from keyword lists (Arabic, French, English) found around an event. */
final class TopicTagger {

    private static final Map<Topic, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(Topic.TERRORISM, List.of("إرهاب", "الإرهاب", "الإرهابية", "الإرهابي", "إرهابية", "إرهابي",
                    "الإرهابيين", "إرهابيين", "الإرهابيون", "داعش", "terrorisme", "terroriste", "terroristes",
                    "antiterroriste", "terrorism", "terrorist", "terrorists", "counter-terrorism", "jihadiste",
                    "jihadist")),
            Map.entry(Topic.EXTREMISM, List.of("التطرف", "المتطرفة", "المتطرفين", "متطرفة", "التطرف العنيف",
                    "extremisme", "radicalisation", "extremism", "extremist", "radicalization", "radicalisation")),
            Map.entry(Topic.ORGANIZED_CRIME, List.of("الجريمة المنظمة", "شبكات الجريمة", "الجريمة العابرة للحدود",
                    "criminalite organisee", "crime organise", "organized crime", "organised crime", "mafia",
                    "cartel")),
            Map.entry(Topic.DRUG_TRAFFICKING, List.of("المخدرات", "المؤثرات العقلية", "الكوكايين", "الشيرا",
                    "القنب الهندي", "الأقراص المهلوسة", "drogue", "drogues", "stupefiants", "cocaine", "cannabis",
                    "drug", "drugs", "narcotics", "haschich", "hashish")),
            Map.entry(Topic.ILLEGAL_MIGRATION, List.of("الهجرة غير الشرعية", "الهجرة غير المشروعة", "الهجرة السرية",
                    "الهجرة غير النظامية", "تهريب المهاجرين", "المهاجرين غير الشرعيين", "immigration clandestine",
                    "migration irreguliere", "immigration irreguliere", "illegal migration", "irregular migration",
                    "migrant smuggling", "smuggling migrants", "smuggling of migrants", "people smuggling", "human smuggling",
                    "trafic de migrants", "passeurs", "filiere d'immigration clandestine")),
            Map.entry(Topic.HUMAN_TRAFFICKING, List.of("الاتجار بالبشر", "الاتجار في البشر", "الاتجار بالأشخاص",
                    "traite des etres humains", "human trafficking", "trafficking in persons")),
            Map.entry(Topic.CYBERCRIME, List.of("الجريمة السيبرانية", "الجرائم السيبرانية", "الجرائم السيبيرانية",
                    "الجريمة السيبيرانية", "الجريمة الإلكترونية", "الجرائم الإلكترونية", "الجرائم المعلوماتية",
                    "الأمن السيبراني", "cybercriminalite", "cybercrime", "cybersecurite", "cyber", "cybersecurity",
                    "ransomware", "hackers")),
            Map.entry(Topic.ESPIONAGE, List.of("التجسس", "الجوسسة", "espionnage", "espionage", "spying", "spy")),
            Map.entry(Topic.MAJOR_EVENT_SECURITY, List.of("الألعاب الأولمبية", "أولمبياد", "كأس العالم",
                    "كأس إفريقيا", "كأس أفريقيا", "التظاهرات الكبرى", "التظاهرات الرياضية", "التظاهرة الرياضية",
                    "الأمن الرياضي", "التظاهرات الكروية", "jeux olympiques", "coupe du monde", "coupe d'afrique",
                    "olympics", "olympic games", "world cup", "major events", "grands evenements")),
            Map.entry(Topic.INTELLIGENCE_SHARING, List.of("تبادل المعلومات", "تبادل المعطيات", "المعلومات الاستخباراتية",
                    "المعطيات الاستخباراتية", "معلومات استخباراتية", "echange d'informations", "echange de renseignements",
                    "intelligence sharing", "information sharing", "exchange of information", "shared intelligence")),
            Map.entry(Topic.JUDICIAL_COOPERATION, List.of("التعاون القضائي", "تسليم المطلوبين", "الإنابات القضائية",
                    "extradition", "entraide judiciaire", "cooperation judiciaire", "judicial cooperation",
                    "mutual legal assistance", "extradited")),
            Map.entry(Topic.VISAS, List.of("التأشيرات", "التأشيرة", "تأشيرات", "visas", "visa")),
            Map.entry(Topic.TRAINING, List.of("تكوين", "التكوين", "تدريب", "التدريب", "دورة تدريبية", "دورات تدريبية",
                    "formation", "training")),
            Map.entry(Topic.SECURITY_COOPERATION, List.of("التعاون الأمني", "الشراكة الأمنية", "cooperation securitaire",
                    "cooperation policiere", "security cooperation", "police cooperation")),
            Map.entry(Topic.PUBLIC_ORDER, List.of("النظام العام", "أعمال الشغب", "الشغب", "maintien de l'ordre",
                    "ordre public", "public order", "riot", "riots")));

    private final AliasTrie<Topic> trie = new AliasTrie<>();

    TopicTagger() {
        for (Map.Entry<Topic, List<String>> e : KEYWORDS.entrySet()) {
            for (String k : e.getValue()) {
                trie.add(Tokenizer.words(k), e.getKey());
            }
        }
    }

    /** Topics whose keywords occur in tokens [from, to). */
    EnumSet<Topic> tag(Document doc, int from, int to) {
        EnumSet<Topic> out = EnumSet.noneOf(Topic.class);
        int i = from;
        while (i < to) {
            AliasTrie.Hit<Topic> hit = trie.longestAt(doc, i, to);
            if (hit == null) {
                i++;
            } else {
                out.addAll(hit.values());
                i = hit.to();
            }
        }
        return out;
    }
}
