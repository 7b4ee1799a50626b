import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a synthetic benchmark corpus of COUNT news pages from the five seed articles:
 * {@code java scripts/bench/GenerateCorpus.java OUT_DIR [COUNT=10000] [SEED=42] [SEEDS_DIR=seeds/articles]}.
 *
 * <p>Every page has a headline, an outlet/date header and page noise (related headlines, comment form, follow/credit
 * and copyright lines), like the seeds. Bodies recombine seed paragraphs, swap cities, names and numbers and add one
 * generated sentence, so that no two cleaned bodies are equal (exact dedup must not collapse them). About 10% of the
 * pages are near-duplicates of an earlier page (the same story reposted with another header/footer and one edited
 * sentence), which MinHash linking should find. About 10% are French and 5% English (sentences summarising the seed
 * stories), so French/English search has something to find. Same SEED, same corpus (java.util.Random is specified).
 *
 * <p>The folder also gets SYNTHETIC.md (not .txt, so loaders skip it) and manifest.tsv (language, source seed,
 * outlet, date and near-duplicate origin of every file).
 */
public class GenerateCorpus {

    record Outlet(String name, String brand) {
    }

    /** One page before rendering; kept so that near-duplicates can copy an earlier one. */
    record Page(String lang, String seed, String title, List<String> paragraphs, Outlet outlet, int[] date,
                String author, String header, List<String> footer) {
    }

    static final Outlet[] AR_OUTLETS = {new Outlet("هسبريس", "Hespress"), new Outlet("بلادنا 24", "Bladna24"),
            new Outlet("الأيام 24", "Alayam24"), new Outlet("مدار 21", "Madar21"), new Outlet("العمق المغربي", "Al3omk"),
            new Outlet("برلمان كوم", "Barlamane"), new Outlet("اليوم 24", "Alyaoum24"), new Outlet("فبراير", "Febrayer")};
    static final Outlet[] FR_OUTLETS = {new Outlet("Le360", "Le360"), new Outlet("Médias24", "Médias24"),
            new Outlet("TelQuel", "TelQuel"), new Outlet("Le Matin", "Le Matin")};
    static final Outlet[] EN_OUTLETS = {new Outlet("Morocco World News", "Morocco World News"),
            new Outlet("North Africa Post", "North Africa Post")};

    // Three month-name families, as Moroccan, Egyptian/Gulf and Levantine outlets write them.
    static final String[][] AR_MONTHS = {
            {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"},
            {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
            {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}};
    static final String[] FR_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"};
    static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    static final String[] AR_CITIES = {"الرباط", "باريس", "مدريد", "الدار البيضاء", "طنجة", "مراكش", "لندن", "برلين",
            "بروكسل", "روما", "الدوحة", "لشبونة"};
    static final String[] FR_CITIES = {"Rabat", "Paris", "Madrid", "Casablanca", "Tanger", "Marrakech", "Londres",
            "Berlin", "Bruxelles", "Rome", "Doha", "Lisbonne"};
    static final String[] EN_CITIES = {"Rabat", "Paris", "Madrid", "Casablanca", "Tangier", "Marrakech", "London",
            "Berlin", "Brussels", "Rome", "Doha", "Lisbon"};
    /** Foreign counterparts named in the seeds; swapped among themselves and a few more. */
    static final String[] AR_PEOPLE = {"فريديريك ڤو", "سيلين بيرتون", "نيكولا ليرنر", "جيرالد دارمانان", "ويليام مولينيي",
            "فرناندو غراندي مارلاسكا", "نانسي فيزر", "ماتيو بيانتيدوسي", "جيمس كليفرلي"};
    static final String[] LATIN_PEOPLE = {"Frédéric Veaux", "Céline Berthon", "Nicolas Lerner", "Gérald Darmanin",
            "Fernando Grande-Marlaska", "Nancy Faeser", "Matteo Piantedosi", "James Cleverly"};
    static final String[] AR_AUTHORS = {"قمر خائف الله", "حسن فقير", "سعيد الإدريسي", "نادية بنعلي", "يوسف العلمي", "مريم الشرقاوي"};
    static final String[] LATIN_AUTHORS = {"Hassan Faqir", "Nadia Benali", "Youssef Alami", "Claire Martin", "Karim Idrissi"};
    static final String[] AR_TOPICS = {"تبادل المعلومات الاستخباراتية", "مكافحة الإرهاب والتطرف", "الهجرة غير النظامية",
            "الاتجار الدولي بالمخدرات", "الجريمة المعلوماتية", "تأمين التظاهرات الرياضية الكبرى"};
    static final String[] FR_TOPICS = {"l'échange de renseignements", "la lutte contre le terrorisme", "la migration irrégulière",
            "le trafic international de drogue", "la cybercriminalité", "la sécurisation des grands événements sportifs"};
    static final String[] EN_TOPICS = {"intelligence sharing", "counter-terrorism", "irregular migration",
            "international drug trafficking", "cybercrime", "security for major sporting events"};

    // French and English sentences retelling the seed stories (the seeds themselves are all Arabic).
    static final String[] FR_SENTENCES = {
            "Abdellatif Hammouchi, directeur général de la Sûreté nationale et de la Surveillance du territoire, a reçu à Rabat la directrice générale de la sécurité intérieure française, Céline Berthon.",
            "Les deux responsables ont passé en revue la coopération sécuritaire bilatérale et les menaces terroristes dans la région.",
            "Des éléments de la police et du renseignement marocains sont arrivés à Paris pour contribuer à la sécurisation des Jeux olympiques.",
            "Selon un communiqué de la DGSN, les entretiens ont porté sur l'échange d'informations et la lutte contre la criminalité transnationale.",
            "La France a salué l'expertise marocaine acquise lors de la Coupe du monde organisée au Qatar.",
            "Le patron du renseignement marocain s'était déjà entretenu avec Frédéric Veaux, directeur général de la police nationale française.",
            "Ce partenariat sécuritaire a résisté aux tensions diplomatiques qui ont marqué les relations entre Rabat et Paris.",
            "Les services marocains avaient aidé à localiser Abdelhamid Abaaoud après les attentats de novembre 2015.",
            "Les ministres de l'Intérieur des deux pays s'étaient réunis en avril pour préparer la sécurité des Jeux de Paris 2024."};
    static final String[] EN_SENTENCES = {
            "Abdellatif Hammouchi, director general of Morocco's national police and domestic intelligence, received France's head of internal security, Céline Berthon, in Rabat.",
            "The two officials reviewed bilateral security cooperation and the terrorist threat in the region.",
            "Moroccan police and intelligence officers arrived in Paris to help secure the Olympic Games.",
            "According to a DGSN statement, the talks covered information sharing and the fight against cross-border crime.",
            "France praised the Moroccan expertise gained while securing the World Cup in Qatar.",
            "The Moroccan security chief had earlier held talks with Frédéric Veaux, director general of the French national police.",
            "The security partnership survived the diplomatic tensions between Rabat and Paris.",
            "Moroccan intelligence helped locate Abdelhamid Abaaoud after the November 2015 attacks."};

    static final Pattern YEAR = Pattern.compile("\\b20[0-2]\\d\\b");
    static final Pattern DAY = Pattern.compile("(?<![\\d.])\\b([1-9]|[12]\\d|3[01])\\b(?![\\d.])");

    final Random rnd;
    final List<String> seedNames = new ArrayList<>();
    final List<String> seedTitles = new ArrayList<>();
    final List<List<String>> seedParagraphs = new ArrayList<>();

    GenerateCorpus(Path seedsDir, long seed) throws IOException {
        rnd = new Random(seed);
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                // Body paragraphs of the seeds are their long lines ending a sentence; labels like "شروط النشر:" are not.
                List<String> paragraphs = lines.stream().map(String::strip)
                        .filter(l -> l.length() >= 200 && l.endsWith(".") && !l.substring(0, 20).contains(":")).toList();
                String title = lines.stream().map(String::strip).filter(l -> l.length() > 40).findFirst().orElseThrow();
                seedNames.add(f.getFileName().toString());
                seedTitles.add(title);
                seedParagraphs.add(paragraphs);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java scripts/bench/GenerateCorpus.java OUT_DIR [COUNT=10000] [SEED=42] [SEEDS_DIR=seeds/articles]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path seeds = Path.of(args.length > 3 ? args[3] : "seeds/articles");   // run from the repository root
        new GenerateCorpus(seeds, seed).write(out, count, seed);
    }

    void write(Path out, int count, long seed) throws IOException {
        Files.createDirectories(out);
        List<Page> pages = new ArrayList<>();
        List<Integer> originals = new ArrayList<>();
        Set<String> bodies = new HashSet<>();
        StringBuilder manifest = new StringBuilder("file\tlanguage\tseed\toutlet\tdate\tnear_duplicate_of\n");
        int nearDuplicates = 0;
        for (int i = 0; i < count; i++) {
            boolean near = i >= 20 && rnd.nextInt(10) == 0;
            int of = near ? originals.get(rnd.nextInt(originals.size())) : -1;
            Page page;
            // A collision is unlikely with this many combinations; the loop makes distinct bodies a guarantee.
            do {
                page = near ? nearDuplicate(pages.get(of)) : newPage();
            } while (!bodies.add(String.join("\n", page.paragraphs()).replaceAll("\\s+", " ")));
            pages.add(page);
            if (near) {
                nearDuplicates++;
            } else {
                originals.add(i);
            }
            String file = String.format("a%05d.txt", i);
            Files.writeString(out.resolve(file), render(page), StandardCharsets.UTF_8);
            manifest.append(String.join("\t", file, page.lang(), page.seed(), page.outlet().brand(),
                    String.format("%04d-%02d-%02d", page.date()[0], page.date()[1], page.date()[2]),
                    near ? String.format("a%05d.txt", of) : "")).append('\n');
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("SYNTHETIC.md"), """
                # SYNTHETIC benchmark corpus — not real news

                Generated by scripts/bench/GenerateCorpus.java (count %d, seed %d) from the five seed articles:
                recombined and edited paragraphs, invented dates, cities, names and outlets. Do not use for evaluation
                of extraction quality. %d of the %d pages are near-duplicates of an earlier page (see manifest.tsv).
                """.formatted(count, seed, nearDuplicates, count), StandardCharsets.UTF_8);
        System.out.printf("wrote %d pages (%d near-duplicates) to %s%n", count, nearDuplicates, out);
    }

    Page newPage() {
        int roll = rnd.nextInt(20);
        String lang = roll < 2 ? "fr" : roll < 3 ? "en" : "ar";   // ~85% Arabic, 10% French, 5% English
        int s = rnd.nextInt(seedNames.size());
        int[] date = {2019 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)};
        List<String> paragraphs = switch (lang) {
            case "ar" -> arabicBody(s, date);
            case "fr" -> latinBody(FR_SENTENCES, "Selon des sources proches du dossier, %s a rencontré les responsables marocains le %d %s %d à %s pour évoquer %s.",
                    FR_MONTHS, FR_TOPICS, FR_CITIES, date);
            default -> latinBody(EN_SENTENCES, "According to people familiar with the matter, %s met Moroccan officials on %3$s %2$d, %4$d in %5$s to discuss %6$s.",
                    EN_MONTHS, EN_TOPICS, EN_CITIES, date);
        };
        String title = switch (lang) {
            case "ar" -> rnd.nextBoolean() ? seedTitles.get(s)
                    : "حموشي يبحث مع " + pick(AR_PEOPLE) + " في " + pick(AR_CITIES) + " " + pick(AR_TOPICS);
            case "fr" -> "Hammouchi et " + pick(LATIN_PEOPLE) + " renforcent la coopération sécuritaire à " + pick(FR_CITIES);
            default -> "Morocco and its partners step up security cooperation in " + pick(EN_CITIES);
        };
        Outlet outlet = pick(lang.equals("ar") ? AR_OUTLETS : lang.equals("fr") ? FR_OUTLETS : EN_OUTLETS);
        String author = pick(lang.equals("ar") ? AR_AUTHORS : LATIN_AUTHORS);
        return new Page(lang, lang.equals("ar") ? seedNames.get(s) : "-", title, paragraphs, outlet, date, author,
                header(lang, outlet, date, author), footer(lang, outlet, date));
    }

    /** A run of the seed's paragraphs, maybe one from another seed, swapped names/cities/numbers, one new sentence. */
    List<String> arabicBody(int s, int[] date) {
        List<String> own = seedParagraphs.get(s);
        int start = rnd.nextInt(3) == 0 ? rnd.nextInt(own.size() - 2) : 0;   // usually from the lead
        int length = 3 + rnd.nextInt(own.size() - start - 2);
        List<String> paragraphs = new ArrayList<>(own.subList(start, start + length));
        if (rnd.nextInt(5) < 2) {
            List<String> other = seedParagraphs.get(rnd.nextInt(seedParagraphs.size()));
            paragraphs.add(1 + rnd.nextInt(paragraphs.size()), other.get(rnd.nextInt(other.size())));
        }
        UnaryOperator<String> edit = swaps(AR_CITIES, AR_PEOPLE);
        paragraphs.replaceAll(edit);
        String sentence = "وأفادت مصادر مطلعة أن %s التقى المسؤولين المغاربة يوم %d %s %d في %s، وبحث معهم %s."
                .formatted(pick(AR_PEOPLE), date[2], AR_MONTHS[rnd.nextInt(3)][date[1] - 1], date[0], pick(AR_CITIES), pick(AR_TOPICS));
        paragraphs.add(rnd.nextBoolean() ? 1 : paragraphs.size(), sentence);
        return paragraphs;
    }

    /** A few sentences of the pool in random order, two or three paragraphs, plus one generated sentence. */
    List<String> latinBody(String[] pool, String template, String[] months, String[] topics, String[] cities, int[] date) {
        List<String> sentences = new ArrayList<>(List.of(pool));
        java.util.Collections.shuffle(sentences, rnd);
        sentences = new ArrayList<>(sentences.subList(0, 4 + rnd.nextInt(3)));
        sentences.replaceAll(swaps(cities, LATIN_PEOPLE));
        sentences.add(rnd.nextInt(sentences.size()), template.formatted(pick(LATIN_PEOPLE), date[2], months[date[1] - 1],
                date[0], pick(cities), pick(topics)));
        List<String> paragraphs = new ArrayList<>();
        int per = 2 + rnd.nextInt(2);
        for (int i = 0; i < sentences.size(); i += per) {
            paragraphs.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + per))));
        }
        return paragraphs;
    }

    /** One edit for the whole page: maybe a city and a person replaced everywhere, years and days changed. */
    UnaryOperator<String> swaps(String[] cities, String[] people) {
        String city = rnd.nextInt(3) == 0 ? cities[1] : null;   // the seeds' most frequent foreign city
        String cityTo = pick(cities);
        String person = rnd.nextInt(3) == 0 ? pick(people) : null;
        String personTo = pick(people);
        int yearShift = rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(5) - 3;
        int day = 1 + rnd.nextInt(28);
        boolean days = rnd.nextBoolean();
        return text -> {
            if (city != null) {
                text = text.replace(city, cityTo);
            }
            if (person != null) {
                text = text.replace(person, personTo);
            }
            if (yearShift != 0) {
                text = YEAR.matcher(text).replaceAll(m -> String.valueOf(Integer.parseInt(m.group()) + yearShift));
            }
            if (days) {
                text = DAY.matcher(text).replaceAll(m -> String.valueOf((Integer.parseInt(m.group(1)) + day) % 28 + 1));
            }
            return text;
        };
    }

    /** The same story reposted: one sentence edited, and often another outlet's header and footer. */
    Page nearDuplicate(Page original) {
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        int p = rnd.nextInt(paragraphs.size());
        String clause = switch (original.lang()) {
            case "ar" -> pick(new String[]{"، وفق المصدر ذاته.", "، حسب ما أورده البلاغ.", "، بحسب مصادر متطابقة."});
            case "fr" -> pick(new String[]{", selon la même source.", ", d'après le communiqué.", ", selon plusieurs sources."});
            default -> pick(new String[]{", the same source said.", ", according to the statement.", ", several sources said."});
        };
        String text = paragraphs.get(p);
        int end = text.lastIndexOf('.');
        paragraphs.set(p, end > 0 ? text.substring(0, end) + clause + text.substring(end + 1) : text + clause);
        if (rnd.nextBoolean()) {
            return new Page(original.lang(), original.seed(), original.title(), paragraphs, original.outlet(), original.date(),
                    original.author(), original.header(), footer(original.lang(), original.outlet(), original.date()));
        }
        Outlet outlet = pick(original.lang().equals("ar") ? AR_OUTLETS : original.lang().equals("fr") ? FR_OUTLETS : EN_OUTLETS);
        int[] date = original.date();
        return new Page(original.lang(), original.seed(), original.title(), paragraphs, outlet, date, original.author(),
                header(original.lang(), outlet, date, original.author()), footer(original.lang(), outlet, date));
    }

    String header(String lang, Outlet outlet, int[] d, String author) {
        return switch (lang) {
            case "ar" -> {
                String date = d[2] + " " + AR_MONTHS[rnd.nextInt(3)][d[1] - 1] + " " + d[0];
                yield switch (rnd.nextInt(3)) {
                    case 0 -> outlet.name() + " - " + date;
                    case 1 -> "آخر تحديث: " + date + " - " + (8 + rnd.nextInt(12)) + ":" + (10 + rnd.nextInt(50)) + "\n"
                            + pick(AR_CITIES) + " - " + outlet.name();
                    default -> "نشر في " + date + "\nبقلم: " + author;
                };
            }
            case "fr" -> "Par " + author + " | Le " + d[2] + " " + FR_MONTHS[d[1] - 1] + " " + d[0] + " à " + (8 + rnd.nextInt(12)) + "h" + (10 + rnd.nextInt(50));
            default -> "By " + author + " - " + EN_MONTHS[d[1] - 1] + " " + d[2] + ", " + d[0];
        };
    }

    /** Page noise after the article: a follow/credit line naming the outlet, related headlines, comment form, rights. */
    List<String> footer(String lang, Outlet outlet, int[] d) {
        List<String> lines = new ArrayList<>();
        if (lang.equals("ar")) {
            lines.add(rnd.nextBoolean() ? "تابع " + outlet.name() + " على " + outlet.brand() + " News" : "De // " + outlet.brand());
            lines.add(pick(new String[]{"مقالات ذات صلة", "قد يهمك أيضا", "اقرأ أيضا"}));
            for (int i = rnd.nextInt(3); i >= 0; i--) {
                lines.add(seedTitles.get(rnd.nextInt(seedTitles.size())));
            }
            lines.add(pick(new String[]{"اترك تعليقاً", "اترك رد", "اترك تعليق"}));
            lines.add("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *");
            if (rnd.nextBoolean()) {
                lines.add("جميع الحقوق محفوظة لموقع " + outlet.name() + " " + d[0] + " ©");
            }
        } else if (lang.equals("fr")) {
            lines.add("Suivez " + outlet.name() + " sur Google News");
            lines.add(pick(new String[]{"Articles similaires", "À lire aussi"}));
            lines.add("Hammouchi reçoit une délégation sécuritaire de haut niveau");
            lines.add("Laisser un commentaire");
            lines.add("© " + d[0] + " " + outlet.name() + ". Tous droits réservés.");
        } else {
            lines.add("Follow " + outlet.name() + " on Google News");
            lines.add(pick(new String[]{"Related articles", "Read also"}));
            lines.add("Morocco hosts regional security meeting");
            lines.add("Leave a comment");
            lines.add("© " + d[0] + " " + outlet.name() + ". All rights reserved.");
        }
        return lines;
    }

    static String render(Page page) {
        StringBuilder b = new StringBuilder(page.title()).append('\n').append(page.header()).append("\n\n");
        for (String paragraph : page.paragraphs()) {
            b.append(paragraph).append("\n\n");
        }
        return b.append(String.join("\n\n", page.footer())).append('\n').toString();
    }

    <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
