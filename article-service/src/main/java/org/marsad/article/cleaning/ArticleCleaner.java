package org.marsad.article.cleaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
            rawLines = new ArrayList<>();
            linkRatios = new ArrayList<>();
            for (String l : input.split("\\R")) {
                String t = TextFolding.trim(l);
                if (!t.isEmpty()) {
                    rawLines.add(t);
                    linkRatios.add(0.0);
                }
            }
        }
        List<LineFeatures> lines = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            lines.add(LineFeatures.of(rawLines.get(i), linkRatios.get(i)));
        }

        int cut = closingCut(lines);
        String pageScript = LanguageDetector.detect(joinText(lines, 0, cut));

        OutletDetector.Outlet outlet = OutletDetector.detect(lines, cut,
                page == null ? null : page.siteName(), h.url());
        int titleLine = TitleDetector.headlineIndex(lines, cut, outlet);
        String titleKey = titleLine < 0 ? null : TitleDetector.stripOutlet(lines.get(titleLine).text(), outlet).key();

        // Classify every line before the cut; collect author and the header's end on the way.
        boolean[] keep = new boolean[cut];
        String author = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cut; i++) {
            LineFeatures f = lines.get(i);
            if (!f.hasLetters() || isTitleLine(f, titleKey, outlet)) {
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
            if (!seen.add(f.key())) {
                continue; // a repeated line is a template element, not a second paragraph
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
        List<String> paragraphs = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (keep[i]) {
                paragraphs.add(lines.get(i).text());
            }
        }
        String body = String.join("\n\n", paragraphs);

        String title = chooseTitle(page, lines, titleLine, outlet, paragraphs.get(0));
        if (author == null && page != null && page.author() != null) {
            author = page.author();
        }
        String published = null;
        if (page != null && page.published() != null) {
            published = PublicationDates.parse(page.published()).orElse(null);
        }
        if (published == null) {
            published = DateDetector.detect(lines, first, cut).orElse(null);
        }
        String language = LanguageDetector.normalizeHint(h.language());
        if (language == null) {
            language = LanguageDetector.detect(body);
        }
        String hintedDate = blankToNull(h.publishedAt());
        if (hintedDate != null) {
            published = PublicationDates.parse(hintedDate).orElse(hintedDate.strip());
        }
        return new CleanedArticle(title, body,
                firstNonBlank(h.outlet(), outlet.name()),
                firstNonBlank(h.author(), author),
                published, language, blankToNull(h.url()));
    }

    /** Index of the first closing marker after the article has started, or the line count. */
    private static int closingCut(List<LineFeatures> lines) {
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            LineFeatures f = lines.get(i);
            if (started && BoilerplateMarkers.isClosing(f)) {
                return i;
            }
            if (f.isProse() && !BoilerplateMarkers.isClosing(f)) {
                started = true;
            }
        }
        return lines.size();
    }

    private static boolean isTitleLine(LineFeatures f, String titleKey, OutletDetector.Outlet outlet) {
        if (titleKey == null || titleKey.isEmpty()) {
            return false;
        }
        String k = TitleDetector.stripOutlet(f.text(), outlet).key();
        return k.equals(titleKey) || k.equals(titleKey + " " + titleKey);
    }

    /** Page furniture that is dropped wherever it sits in the article span. */
    private static boolean isFurniture(LineFeatures f, OutletDetector.Outlet outlet, String pageScript) {
        if (f.linkRatio() > 0.5 || BoilerplateMarkers.isStamp(f) || BoilerplateMarkers.isUi(f)
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

    private static String chooseTitle(HtmlExtractor.HtmlPage page, List<LineFeatures> lines, int titleLine,
                                      OutletDetector.Outlet outlet, String firstParagraph) {
        if (page != null) {
            if (page.h1() != null) {
                return TitleDetector.clean(page.h1(), outlet);
            }
            if (page.ogTitle() != null) {
                return TitleDetector.stripSiteSuffix(page.ogTitle(), outlet);
            }
            if (page.htmlTitle() != null) {
                return TitleDetector.stripSiteSuffix(page.htmlTitle(), outlet);
            }
        }
        if (titleLine >= 0) {
            return TitleDetector.clean(lines.get(titleLine).text(), outlet);
        }
        return TitleDetector.firstSentence(firstParagraph);
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
