package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the headline: in HTML the h1 (else og:title or &lt;title&gt;), in text the headline-shaped
 * line at the top of the page, preferring one the page repeats. The outlet's name is cut off
 * ("المغرب اليوم - …", "… | Le Monde") and a headline written twice on one line is given once.
 */
final class TitleDetector {

    private static final Pattern BREADCRUMB = Pattern.compile("[»›>]|\\s/\\s");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[|–—\\-:»·•\\s]+|[|–—\\-:»·•\\s]+$");
    private static final Pattern PIPE = Pattern.compile("\\s\\|\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?=\\s|$)");

    private TitleDetector() {
    }

    /** Index of the headline line among {@code lines[0, limit)}, or -1 when the page starts with prose. */
    static int headlineIndex(List<LineFeatures> lines, int limit, OutletDetector.Outlet outlet) {
        Map<String, Integer> counts = new HashMap<>();
        for (LineFeatures f : lines) {
            counts.merge(stripOutlet(f.text(), outlet).key, 1, Integer::sum);
        }
        int first = -1;
        int piped = -1;
        for (int i = 0; i < limit; i++) {
            LineFeatures f = lines.get(i);
            if (isFurniture(f, outlet)) {
                continue;
            }
            if (PIPE.matcher(f.text()).find() && isHeadlineShaped(f)) {
                // "Site | tagline" bars look like headlines; use one only when nothing else is found.
                piped = piped < 0 ? i : piped;
                continue;
            }
            if (f.isProse() && f.endsSentence() && lastVisible(f.text()) == '.') {
                break; // the article started without a headline line
            }
            if (!isHeadlineShaped(f)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (counts.getOrDefault(stripOutlet(f.text(), outlet).key, 0) >= 2) {
                return i; // a repeated headline beats a tagline or kicker above it
            }
            if (f.isProse()) {
                break;
            }
        }
        return first >= 0 ? first : piped;
    }

    static boolean isHeadlineShaped(LineFeatures f) {
        return f.isSubstantial() && f.words() <= 30 && f.linkRatio() <= 0.5 && lastVisible(f.text()) != '.'
                && !BREADCRUMB.matcher(f.text()).find();
    }

    private static boolean isFurniture(LineFeatures f, OutletDetector.Outlet outlet) {
        return !f.hasLetters() || BoilerplateMarkers.isStamp(f) || BoilerplateMarkers.isUi(f)
                || BoilerplateMarkers.isShareBar(f) || BoilerplateMarkers.isFormLabel(f)
                || BoilerplateMarkers.isClosing(f) || BoilerplateMarkers.isSoft(f)
                || outlet.isAlias(f.key()) || BylineDetector.authorOf(f) != null;
    }

    /** The title text: outlet prefix/suffix removed, a doubled headline given once. */
    static String clean(String raw, OutletDetector.Outlet outlet) {
        String t = stripOutlet(raw.strip(), outlet).text;
        String[] words = Regexes.WHITESPACE.split(t);
        if (words.length % 2 == 0 && words.length >= 4) {
            int h = words.length / 2;
            String a = String.join(" ", java.util.Arrays.copyOfRange(words, 0, h));
            String b = String.join(" ", java.util.Arrays.copyOfRange(words, h, words.length));
            if (a.equals(b)) {
                t = a;
            }
        }
        return t;
    }

    record Stripped(String text, String key) {
    }

    /** Removes a leading or trailing site name separated by a dash or pipe. */
    static Stripped stripOutlet(String text, OutletDetector.Outlet outlet) {
        String t = text.strip();
        String[] parts = OutletDetector.SEPARATOR.split(t, -1);
        if (parts.length >= 2) {
            String firstKey = TextFolding.key(parts[0]);
            String lastKey = TextFolding.key(parts[parts.length - 1]);
            if (outlet.isAlias(firstKey) || firstKey.isEmpty()) {
                t = t.substring(t.indexOf(parts[1], parts[0].length())).strip();
            } else if (outlet.isAlias(lastKey) || lastKey.isEmpty()) {
                int cut = t.lastIndexOf(parts[parts.length - 2]) + parts[parts.length - 2].length();
                t = t.substring(0, cut).strip();
            }
        }
        return new Stripped(t, TextFolding.key(t));
    }

    /** For HTML &lt;title&gt;/og:title: "Headline | Site" or "Headline - Site" with an unknown site name. */
    static String stripSiteSuffix(String title, OutletDetector.Outlet outlet) {
        String t = stripOutlet(title, outlet).text;
        String[] parts = SPACED_SEPARATOR.split(t);
        if (parts.length >= 2) {
            String last = parts[parts.length - 1];
            if (Regexes.wordCount(last) <= 4 && Regexes.wordCount(parts[0]) >= 3) {
                return Regexes.TRAILING_SEPARATORS.matcher(t.substring(0, t.lastIndexOf(last))).replaceAll("").strip();
            }
        }
        return t;
    }

    /**
     * The site name from a &lt;title&gt; that is the headline plus a site name:
     * "Headline - Hespress" → "Hespress" (also as a prefix "Hespress | Headline").
     */
    static String siteFromTitleTag(String titleTag, String headline) {
        if (titleTag == null || headline == null) {
            return null;
        }
        String t = titleTag.strip();
        String h = headline.strip();
        int at = t.indexOf(h);
        if (at < 0 || t.length() == h.length()) {
            return null;
        }
        String rest = (t.substring(0, at) + " " + t.substring(at + h.length())).strip();
        rest = EDGE_SEPARATORS.matcher(rest).replaceAll("").strip();
        int words = Regexes.wordCount(rest);
        return words >= 1 && words <= 5 ? rest : null;
    }

    /** Fallback title for a page that starts with prose: its first sentence, at most 20 words. */
    static String firstSentence(String text) {
        String s = text.strip();
        java.util.regex.Matcher m = SENTENCE_END.matcher(s);
        if (m.find()) {
            s = s.substring(0, m.start());
        }
        String[] words = Regexes.WHITESPACE.split(s);
        if (words.length > 20) {
            s = String.join(" ", java.util.Arrays.copyOf(words, 20)) + "…";
        }
        return s;
    }

    private static char lastVisible(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && "\"'”’»)]".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }
}
