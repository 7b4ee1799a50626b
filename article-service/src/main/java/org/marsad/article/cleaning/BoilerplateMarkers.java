package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words and phrases that mark page furniture rather than article text, in Arabic, French and
 * English, all in folded key form (see {@link TextFolding#key}) so that letter variants, tatweel
 * ("قد يهمك أيضــــا") and accents do not matter. Closing markers end the article: what follows is
 * comment forms, related-article lists and footers.
 */
final class BoilerplateMarkers {

    private BoilerplateMarkers() {
    }

    /** After one of these (once the article has started) the rest of the page is noise. */
    private static final List<String> CLOSING = keys(
            // comment forms
            "اترك تعليقا", "اترك تعليق", "اترك ردا", "اترك رد", "اضف تعليق", "اضف تعليقك", "اضف تعليقا",
            "اكتب تعليقك", "شاركنا رايك", "التعليقات", "تعليقات", "لن يتم نشر عنوان بريدك الالكتروني",
            "يجب ان تسجل الدخول", "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire",
            "poster un commentaire", "commentaires", "votre adresse e mail ne sera pas publiee",
            "votre adresse email ne sera pas publiee", "leave a comment", "leave a reply", "post a comment",
            "add a comment", "comments", "your email address will not be published",
            // related articles
            "مقالات ذات صله", "اخبار ذات صله", "مواضيع ذات صله", "ذات صله", "مقالات مشابهه", "اخبار متعلقه",
            "مواضيع متعلقه", "قد يهمك ايضا", "قد يهمك", "قد يعجبك ايضا", "قد يعجبك", "اخترنا لك", "اخترنا لكم",
            "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تعليقا", "الاكثر تفاعلا", "المزيد من الاخبار", "اخبار اخرى",
            "ذات علاقه", "اخبار ذات علاقه", "مواضيع ذات علاقه", "مواضيع قد تهمك", "من نفس القسم", "اخر الاخبار",
            "articles similaires", "derniers articles", "dernieres nouvelles", "plus d articles", "ailleurs sur le web",
            "latest news", "latest articles", "popular posts", "trending now", "editor s picks",
            "articles lies", "sur le meme sujet", "dans la meme rubrique", "vous aimerez aussi",
            "vous aimerez peut etre aussi", "a decouvrir aussi", "les plus lus", "related articles",
            "related posts", "related stories", "related news", "related", "you may also like", "you might also like",
            "more stories", "most read", "most popular", "recommended for you",
            // copyright
            "جميع الحقوق محفوظه", "كل الحقوق محفوظه", "حقوق النشر محفوظه", "tous droits reserves",
            "all rights reserved", "copyright");

    /** Teasers that may sit inside an article ("À lire aussi : …"): the line goes, the article may go on. */
    private static final List<String> SOFT = keys(
            "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "a lire aussi",
            "a lire egalement", "lire aussi", "lire egalement", "voir aussi", "read more", "read also",
            "also read", "see also");

    /** Copyright lines, wherever the phrase sits in the line. */
    private static final List<String> COPYRIGHT = keys(
            "جميع الحقوق محفوظه", "كل الحقوق محفوظه", "حقوق النشر", "tous droits reserves", "all rights reserved",
            "copyright");

    /** Widgets and navigation that are dropped wherever they occur. */
    private static final List<String> UI = keys(
            "زر الذهاب الى الاعلى", "العوده الى الاعلى", "الذهاب الى الاعلى", "back to top", "retour en haut",
            "content is protected", "error content is protected", "skip to content", "aller au contenu",
            "شروط الاستخدام", "شروط النشر", "سياسه الخصوصيه", "اتصل بنا", "من نحن", "terms of use",
            "privacy policy", "contact us", "politique de confidentialite", "mentions legales", "nous contacter",
            "conditions d utilisation", "characters left", "security code", "اوافق على شروط الاستخدام",
            "abonnez vous", "subscribe", "newsletter", "اشترك في النشره", "الاخبار العاجله", "عاجل",
            "advertisement", "publicite", "اعلان", "sponsored", "الرئيسيه", "accueil", "home", "tags", "الوسوم",
            "كلمات مفتاحيه", "كلمات دلاليه", "mots cles", "tags", "topics", "sujets", "partager cet article");

    /** Words of share bars; a short line made mostly of these is a share bar. */
    private static final Set<String> SHARE_WORDS = keySet(
            "شارك", "شاركها", "شاركوا", "مشاركه", "المشاركه", "المقال", "الخبر", "عبر", "على", "فيسبوك", "فيس", "بوك",
            "تويتر", "واتساب", "واتس", "اب", "تيليجرام", "تلغرام", "لينكدان", "طباعه", "اطبع", "ارسال", "بريد",
            "رابط", "مختصر", "نسخ", "الرابط", "انسخ", "facebook", "twitter", "x", "whatsapp", "telegram",
            "linkedin", "email", "e", "mail", "print", "imprimer", "partager", "partagez", "partage", "share",
            "shares", "tweet", "pinterest", "reddit", "copy", "link", "copier", "le", "lien", "messenger", "sur",
            "on", "via", "this", "cet", "article", "the", "google", "news", "flipboard");

    /** Labels of comment-form fields. */
    private static final Set<String> FORM_LABELS = keySet(
            "الاسم", "اسمك", "البريد الالكتروني", "البريد الالكترونى", "بريدك الالكتروني", "الموقع الالكتروني",
            "الموقع", "عنوان التعليق", "تعليق", "التعليق", "الزامي", "ارسال", "name", "email", "e mail", "website",
            "comment", "nom", "site web", "commentaire", "pseudo", "security code", "captcha", "submit", "envoyer",
            "publier", "post comment", "votre nom", "your name");

    /** Publication and update stamps; the line is dropped and mined for the date. */
    static final Pattern STAMP = Pattern.compile(
            "^(?:.*\\s)?(?:اخر تحديث|تاريخ النشر|تم النشر|نشر في|نشر بتاريخ|نشر يوم|بتاريخ|تحديث|mis a jour|mise a jour|publie le|publie|"
                    + "publication|modifie le|updated|last updated|published|posted|posted on|published on)(?:\\s.*)?$");
    /** Update (rather than publication) stamps: their date is only a fallback. */
    static final Pattern UPDATE_WORD = Pattern.compile("(?:اخر تحديث|تحديث|mis a jour|mise a jour|modifie le|updated|last updated)");

    /** Marker phrases are written readably above and folded here, so "إلى" matches "الى" and "إلي". */
    private static List<String> keys(String... phrases) {
        return java.util.Arrays.stream(phrases).map(TextFolding::key).distinct().toList();
    }

    private static Set<String> keySet(String... words) {
        return Set.copyOf(keys(words));
    }

    static boolean isClosing(LineFeatures f) {
        return startsWithMarker(f, CLOSING, 6) || isCopyright(f);
    }

    /**
     * A closing marker that may also sit inside an article: a bare "©" (photo credits: "© MAP")
     * or a comment counter ("12 تعليقات"). These end the article only when no prose follows.
     */
    static boolean isWeakClosing(LineFeatures f) {
        if (startsWithMarker(f, CLOSING, 6)) {
            return f.digits() > 0 && !CLOSING.contains(f.key()) && !startsWithPhrase(f.key(), CLOSING);
        }
        if (f.text().indexOf('©') < 0) {
            return false;
        }
        for (String m : COPYRIGHT) {
            if (containsPhrase(f.key(), m)) {
                return false;
            }
        }
        return true;
    }

    /** A line that is nothing but a web address or two ("pic.twitter.com/…", "https://…"). */
    static boolean isUrlLine(LineFeatures f) {
        return f.words() <= 8 && URL.matcher(f.text()).find()
                && Regexes.wordCount(URL.matcher(f.text()).replaceAll(" ")) <= 3;
    }

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");

    private static boolean startsWithPhrase(String key, List<String> markers) {
        for (String m : markers) {
            if (key.equals(m) || key.startsWith(m + " ")) {
                return true;
            }
        }
        return false;
    }

    static boolean isSoft(LineFeatures f) {
        return startsWithMarker(f, SOFT, 25);
    }

    /** True when the line is nothing but a soft marker (the teaser headline is on the next line). */
    static boolean isBareSoft(LineFeatures f) {
        String k = stripDigits(f.key());
        return SOFT.contains(k);
    }

    static boolean isCopyright(LineFeatures f) {
        if (f.words() > 25) {
            return false;
        }
        if (f.text().indexOf('©') >= 0) {
            return true;
        }
        if (f.isProse() && f.words() > 12) {
            return false; // "… جميع الحقوق محفوظة للضحايا …" inside a sentence
        }
        for (String m : COPYRIGHT) {
            if (containsPhrase(f.key(), m)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUi(LineFeatures f) {
        return f.words() <= 12 && (UI.contains(stripDigits(f.key())) || startsWithMarker(f, UI, 3));
    }

    static boolean isShareBar(LineFeatures f) {
        if (f.words() == 0 || f.words() > 12) {
            return false;
        }
        String[] tokens = f.key().split(" ");
        int share = 0;
        int strong = 0;
        for (String t : tokens) {
            if (SHARE_WORDS.contains(t)) {
                share++;
                if (!t.equals("على") && !t.equals("sur") && !t.equals("on") && !t.equals("le") && !t.equals("the")
                        && !t.equals("article") && !t.equals("المقال") && !t.equals("الخبر") && !t.equals("عبر")) {
                    strong++;
                }
            } else if (!t.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return strong >= 1 && share >= 1;
    }

    static boolean isFormLabel(LineFeatures f) {
        String t = f.text().strip();
        if (f.words() > 5) {
            return false;
        }
        String k = f.key();
        // A leading "*" is also a list bullet, so only a trailing one (required field) counts alone.
        return t.endsWith("*") || FORM_LABELS.contains(k) && (t.startsWith("*") || t.endsWith(":"));
    }

    /** A short, non-prose line with a number that names publication or update: "آخر تحديث : منذ 4 أشهر". */
    static boolean isStamp(LineFeatures f) {
        return f.words() <= 10 && f.digits() > 0 && !f.isProse() && STAMP.matcher(f.key()).matches();
    }

    private static boolean startsWithMarker(LineFeatures f, List<String> markers, int extraWords) {
        String k = stripDigits(f.key());
        for (String m : markers) {
            if (k.equals(m)) {
                return true;
            }
            if (k.startsWith(m + " ")) {
                int markerWords = m.split(" ").length;
                // "Comments from the ministry were not available." is a sentence, not a marker.
                boolean sentence = f.endsSentence() && !f.text().strip().endsWith(":")
                        && f.words() >= markerWords + 4;
                if (f.words() <= markerWords + extraWords && !sentence) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsPhrase(String key, String phrase) {
        int i = key.indexOf(phrase);
        while (i >= 0) {
            boolean startOk = i == 0 || key.charAt(i - 1) == ' ';
            int end = i + phrase.length();
            boolean endOk = end == key.length() || key.charAt(end) == ' ';
            if (startOk && endOk) {
                return true;
            }
            i = key.indexOf(phrase, i + 1);
        }
        return false;
    }

    /** Removes counters such as "تعليقات (3)" → "تعليقات". */
    private static String stripDigits(String key) {
        return Regexes.DIGIT_RUNS.matcher(key).replaceAll(" ").strip();
    }
}
