package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;
import org.marsad.commons.dates.Datelines;
import org.marsad.commons.dates.PublicationDates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a raw page (plain text or HTML) into the article: the headline once, the body without
 * page noise, and outlet, author, publication date and language. It works on the structure of
 * pages rather than on any one site: each line is measured ({@link LineFeatures}), the article
 * runs from the first to the last prose line before a closing marker ({@link BoilerplateMarkers}),
 * and furniture inside that span (stamps, bylines, share bars, form labels, repeated lines,
 * the repeated headline, site-name lines) is dropped. Kept lines keep their original characters.
 *
 * <p>Stateless and thread-safe; all patterns are compiled once in static initializers.
 */
public final class ArticleCleaner {

    public ArticleCleaner() {
        // Touch the detectors so their patterns compile now rather than on the first request.
        PublicationDates.parse("1 يناير 2024");
    }

    public CleanedArticle clean(String input, PageHints hints) {
        PageHints h = hints == null ? PageHints.NONE : hints;
        InputGuard.check(input);

        List<String> rawLines;
        List<Double> linkRatios;
        HtmlExtractor.HtmlPage page = null;
        if (HtmlExtractor.looksLikeHtml(input)) {
            page = HtmlExtractor.extract(input);
            rawLines = page.lines();
            linkRatios = page.linkRatios();
        } else {
            rawLines = PlainTextLines.split(input);
            linkRatios = new ArrayList<>();
            for (int i = 0; i < rawLines.size(); i++) {
                linkRatios.add(0.0);
            }
        }
        List<LineFeatures> lines = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            lines.add(LineFeatures.of(rawLines.get(i), linkRatios.get(i)));
        }

        int cut = closingCut(lines);
        String pageScript = LanguageDetector.detect(joinText(lines, 0, cut));

        String url = firstNonBlank(h.url(), page == null ? null : page.url());
        OutletDetector.Outlet outlet = OutletDetector.detect(lines, cut,
                page == null ? null : page.siteName(), url);
        int titleLine = TitleDetector.headlineIndex(lines, cut, outlet);
        String htmlTitle = page == null ? null : htmlTitle(page, outlet);
        if (outlet.name() == null && page != null) {
            outlet = outlet.withName(TitleDetector.siteFromTitleTag(page.htmlTitle(), htmlTitle));
        }
        Set<String> titleKeys = new HashSet<>();
        if (titleLine >= 0) {
            titleKeys.add(TitleDetector.stripOutlet(lines.get(titleLine).text(), outlet).key());
        }
        if (htmlTitle != null) {
            titleKeys.add(TextFolding.key(htmlTitle));
        }
        titleKeys.remove("");

        Map<String, Integer> counts = new HashMap<>();
        for (LineFeatures f : lines) {
            counts.merge(f.key(), 1, Integer::sum);
        }
        // Classify every line before the cut; the first byline found names the author.
        boolean[] keep = new boolean[cut];
        boolean[] dateSource = new boolean[cut];
        String author = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cut; i++) {
            LineFeatures f = lines.get(i);
            if (isTitleLine(f, titleKeys, outlet)) {
                continue; // a headline may name a date, but not the publication date
            }
            dateSource[i] = true;
            if (!f.hasLetters()) {
                continue;
            }
            String byline = BylineDetector.authorOf(f);
            if (byline != null) {
                if (author == null) {
                    author = byline;
                }
                continue;
            }
            if (isFurniture(f, outlet, pageScript)) {
                continue;
            }
            // A line the page repeats is a template element: short ones go everywhere, a
            // repeated paragraph is kept once.
            if (!seen.add(f.key()) || !f.isProse() && counts.get(f.key()) > 1) {
                continue;
            }
            keep[i] = true;
        }
        dropSoftTeasers(lines, keep, cut);

        int first = -1;
        int last = -1;
        for (int i = 0; i < cut; i++) {
            if (keep[i] && lines.get(i).isProse()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            throw new UnusableArticleException(
                    "No article text found: after removing page noise nothing reads like prose (sentences).");
        }
        first = extendBackward(lines, keep, first);
        last = extendForward(lines, keep, last);
        List<String> paragraphs = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (keep[i]) {
                paragraphs.add(lines.get(i).text());
            }
        }
        String body = String.join("\n\n", paragraphs);

        String title = htmlTitle != null ? htmlTitle
                : titleLine >= 0 ? TitleDetector.clean(lines.get(titleLine).text(), outlet)
                : TitleDetector.firstSentence(paragraphs.get(0));
        if (author == null && page != null && page.author() != null
                && !outlet.isAlias(TextFolding.key(page.author()))) {
            author = page.author();
        }
        String published = null;
        if (page != null && page.published() != null) {
            published = PublicationDates.parse(page.published()).orElse(null);
        }
        if (published == null) {
            published = DateDetector.detect(lines, dateSource, first, cut).orElse(null);
        }
        if (published == null) {
            published = Datelines.find(body).orElse(null); // wire copy pasted as plain text: "Paris, le 12 février 2025 —"
        }
        if (published == null) {
            published = DateDetector.fromUrl(url).orElse(null);
        }
        String language = LanguageDetector.normalizeHint(h.language());
        if (language == null) {
            String htmlLang = page == null ? null : LanguageDetector.normalizeHint(page.lang());
            String detected = LanguageDetector.detect(body);
            // The body decides; a page's lang attribute only settles very short bodies that are not Arabic.
            language = htmlLang != null && !detected.equals("ar") && Regexes.wordCount(body) < 30 ? htmlLang : detected;
        }
        String hintedDate = blankToNull(h.publishedAt());
        if (hintedDate != null) {
            published = PublicationDates.parse(hintedDate).orElse(published);
        }
        return new CleanedArticle(title, body,
                firstNonBlank(h.outlet(), outlet.name()),
                firstNonBlank(h.author(), author),
                published, language, url);
    }

    /**
     * The HTML headline. The heading that og:title/&lt;title&gt; (minus a site suffix) agrees with
     * wins; else the first h1 unless it is the site's logo (the outlet's name or the title tag's
     * site part); else the tag title itself.
     */
    private static String htmlTitle(HtmlExtractor.HtmlPage page, OutletDetector.Outlet outlet) {
        String tagSource = page.ogTitle() != null ? page.ogTitle() : page.htmlTitle();
        String tagTitle = tagSource == null ? null : TitleDetector.stripSiteSuffix(tagSource, outlet);
        String tagKey = tagTitle == null ? "" : TextFolding.key(tagTitle);
        String site = page.htmlTitle() == null ? null : TitleDetector.siteFromTitleTag(page.htmlTitle(), tagTitle);
        String siteKey = site == null ? "" : TextFolding.key(site);
        if (!tagKey.isEmpty()) {
            for (String hd : page.headings()) {
                String k = TextFolding.key(hd);
                if (!k.isEmpty() && (k.equals(tagKey) || tagKey.contains(k) && k.length() * 10 >= tagKey.length() * 6
                        || k.contains(tagKey) && tagKey.length() * 10 >= k.length() * 6)) {
                    return TitleDetector.clean(hd, outlet);
                }
            }
        }
        for (String hd : page.headings()) {
            String k = TextFolding.key(hd);
            if (!k.isEmpty() && !outlet.isAlias(k) && !k.equals(siteKey) && Regexes.wordCount(hd) >= 3) {
                return TitleDetector.clean(hd, outlet);
            }
            break; // only the first heading may stand in for a missing tag title
        }
        return tagTitle;
    }

    /**
     * Some outlets end paragraphs without a full stop. A long kept line just above the first prose
     * line (a standfirst, a first paragraph) joins the article; below the last one only a line long
     * enough not to be a teaser headline does.
     */
    private static int extendBackward(List<LineFeatures> lines, boolean[] keep, int first) {
        int i = previousKept(keep, first);
        while (i >= 0 && isUnpunctuatedParagraph(lines.get(i), 14)) {
            first = i;
            i = previousKept(keep, i);
        }
        return first;
    }

    private static int extendForward(List<LineFeatures> lines, boolean[] keep, int last) {
        int i = nextKept(keep, last);
        while (i >= 0 && isUnpunctuatedParagraph(lines.get(i), 20)) {
            last = i;
            i = nextKept(keep, i);
        }
        return last;
    }

    private static boolean isUnpunctuatedParagraph(LineFeatures f, int minWords) {
        return f.words() >= minWords && f.letterRatio() >= 0.8 && f.linkRatio() == 0;
    }

    private static int previousKept(boolean[] keep, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (keep[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int nextKept(boolean[] keep, int from) {
        for (int i = from + 1; i < keep.length; i++) {
            if (keep[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first closing marker after the article has started, or the line count. */
    private static int closingCut(List<LineFeatures> lines) {
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            LineFeatures f = lines.get(i);
            if (started && BoilerplateMarkers.isClosing(f)
                    && (!BoilerplateMarkers.isWeakClosing(f) || !proseFollows(lines, i + 1))) {
                return i;
            }
            // Started means a real paragraph, not a question headline or a comment counter line.
            if (f.isProse() && f.words() >= 12 && !BoilerplateMarkers.isClosing(f)) {
                started = true;
            }
        }
        return lines.size();
    }

    private static boolean proseFollows(List<LineFeatures> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            LineFeatures f = lines.get(j);
            if (f.isProse() && f.words() >= 12 && !BoilerplateMarkers.isClosing(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleLine(LineFeatures f, Set<String> titleKeys, OutletDetector.Outlet outlet) {
        if (titleKeys.isEmpty() || f.words() > 40) {
            return false;
        }
        String k = TitleDetector.stripOutlet(f.text(), outlet).key();
        for (String t : titleKeys) {
            if (k.equals(t) || k.equals(t + " " + t)) {
                return true;
            }
        }
        return false;
    }

    /** Page furniture that is dropped wherever it sits in the article span. */
    private static boolean isFurniture(LineFeatures f, OutletDetector.Outlet outlet, String pageScript) {
        if (f.linkRatio() > 0.5 || BoilerplateMarkers.isUrlLine(f) || BoilerplateMarkers.isStamp(f) || BoilerplateMarkers.isUi(f)
                || BoilerplateMarkers.isShareBar(f) || BoilerplateMarkers.isFormLabel(f)
                || BoilerplateMarkers.isClosing(f) || DateDetector.isDateLine(f)) {
            return true;
        }
        if (!f.isProse() && isOutletLine(f, outlet)) {
            return true;
        }
        // A short line in the other script is a widget or handle ("almaghribtoday", "error: …").
        boolean arabicPage = pageScript.equals("ar");
        if (!f.isProse() && f.words() <= 8) {
            if (arabicPage && f.arabicLetters() == 0 || !arabicPage && f.arabicLetters() > f.latinLetters()) {
                return true;
            }
        }
        return false;
    }

    /** "المغرب اليوم -", "الرباط - المغرب اليوم", "De // NaBae 24", "تابع X على Y". */
    private static boolean isOutletLine(LineFeatures f, OutletDetector.Outlet outlet) {
        if (f.words() > 10) {
            return false;
        }
        if (OutletDetector.isCreditOrFollow(f.text())) {
            return true;
        }
        if (outlet.isAlias(f.key())) {
            return true;
        }
        String[] parts = OutletDetector.SEPARATOR.split(f.text().strip());
        boolean hasOutlet = false;
        for (String p : parts) {
            String k = TextFolding.key(p);
            if (outlet.isAlias(k)) {
                hasOutlet = true;
            } else if (!k.isEmpty() && k.split(" ").length > 3) {
                return false; // something longer than a dateline sits next to the site name
            }
        }
        return hasOutlet;
    }

    /**
     * "À lire aussi : …", "اقرأ أيضا" lines go. A bare marker takes the teaser headline below it
     * too; when no prose follows, the marker was a closing list and everything after it goes.
     */
    private static void dropSoftTeasers(List<LineFeatures> lines, boolean[] keep, int cut) {
        for (int i = 0; i < cut; i++) {
            LineFeatures f = lines.get(i);
            if (!BoilerplateMarkers.isSoft(f) || f.isProse() && !BoilerplateMarkers.isBareSoft(f)
                    && f.words() > 25) {
                continue;
            }
            keep[i] = false;
            boolean proseAfter = false;
            for (int j = i + 1; j < cut; j++) {
                if (keep[j] && lines.get(j).isProse() && lines.get(j).words() >= 12) {
                    proseAfter = true;
                    break;
                }
            }
            if (!proseAfter) {
                for (int j = i + 1; j < cut; j++) {
                    keep[j] = false;
                }
                return;
            }
            if (BoilerplateMarkers.isBareSoft(f) && i + 1 < cut && !lines.get(i + 1).isProse()) {
                keep[i + 1] = false;
            }
        }
    }

    private static String joinText(List<LineFeatures> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(lines.get(i).text()).append('\n');
        }
        return sb.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a.strip() : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
