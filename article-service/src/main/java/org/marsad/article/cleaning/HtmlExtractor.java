package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into lines for the line-level cleaner: reads the page's own metadata
 * (title, og:title, h1, author, published time, site name, lang), drops elements that are never
 * article text (scripts, navigation, forms, asides, widgets named like "related" or "share"),
 * picks the article block ({@code <article>}, else the element holding most non-link paragraph
 * text) and writes one line per block element, remembering how much of each line is link text.
 */
final class HtmlExtractor {

    /** Metadata read from the page head and markup; every field may be null. */
    record HtmlPage(List<String> lines, List<Double> linkRatios, List<String> headings, String ogTitle, String htmlTitle,
                    String author, String published, String siteName, String lang, String url) {
    }

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?is)^\\s*(?:<!doctype html|<html|<head|<body)|<(?:p|div|br|article|h1|h2|span|a|li|section|meta|title)(?:\\s[^>]*)?/?>");
    private static final Pattern TAG = Pattern.compile("<(?:/?[a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:comment|comments|related|share|sharing|social|sidebar|widget|footer|header|menu|nav"
                    + "|breadcrumbs?|tags?|newsletter|subscribe|sponsor|promo|ad|ads|advert|banner|popup|cookie|pagination"
                    + "|pager|most-read|trending|recommended|read-more|readmore|author-box|disqus|outbrain|taboola)(?:$|[-_\\s])");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post-text|story");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> HEADING_QUERIES = List.of("article h1", "main h1", "h1", "article h2",
            "main h2", "h2");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "br", "tr", "td", "th", "table", "figcaption", "figure", "pre",
            "dd", "dt", "dl", "header", "footer", "address", "hr", "center", "time");

    private HtmlExtractor() {
    }

    /** True when the input is HTML rather than plain text. */
    static boolean looksLikeHtml(String input) {
        String head = input.length() > 4000 ? input.substring(0, 4000) : input;
        if (!LOOKS_LIKE_HTML.matcher(head).find()) {
            return false;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 3) {
            tags++;
        }
        return tags >= 2;
    }

    static HtmlPage extract(String html) {
        Document doc = Jsoup.parse(html);
        String ogTitle = meta(doc, "meta[property=og:title], meta[name=twitter:title]");
        String htmlTitle = doc.title().isBlank() ? null : doc.title().strip();
        String siteName = meta(doc, "meta[property=og:site_name], meta[name=application-name]");
        String author = meta(doc, "meta[name=author], meta[property=article:author], meta[name=byl], meta[name=dc.creator]");
        if (author != null && Regexes.HTTP_URL.matcher(author).matches()) {
            author = null;
        }
        String published = meta(doc, "meta[property=article:published_time], meta[name=article:published_time], "
                + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date], "
                + "meta[name=dc.date.issued], meta[name=DC.date.issued], meta[property=og:published_time]");
        String jsonLd = doc.select("script[type=application/ld+json]").html();
        if (published == null) {
            Matcher m = JSON_LD_DATE.matcher(jsonLd);
            published = m.find() ? m.group(1) : null;
        }
        if (author == null) {
            Matcher m = JSON_LD_AUTHOR.matcher(jsonLd);
            author = m.find() ? m.group(1) : null;
        }
        if (published == null) {
            Element time = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        if (author == null) {
            Element a = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                    + ".author-name, .byline a, [class*=meta-author] a, .author a, .post-author a");
            author = a == null || a.text().isBlank() ? null : a.text().strip();
        }
        String url = meta(doc, "meta[property=og:url]");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            url = canonical == null || canonical.attr("href").isBlank() ? null : canonical.attr("href").strip();
        }
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        if (lang == null || lang.isBlank()) {
            lang = meta(doc, "meta[http-equiv=content-language], meta[property=og:locale]");
        }

        doc.select("script, style, noscript, template, svg, iframe, object, embed, nav, aside, form, button, "
                + "select, input, textarea, label, dialog, link, meta").remove();
        // Headline candidates in order of trust: h1 inside the article, other h1s, then h2s.
        List<String> headings = new ArrayList<>();
        for (String query : HEADING_QUERIES) {
            for (Element e : doc.select(query)) { // select returns document order, so query by query
                String t = TextFolding.trim(e.text());
                if (!t.isEmpty() && !headings.contains(t) && headings.size() < 12) {
                    headings.add(t);
                }
            }
        }
        // Page-level headers and footers go; a header inside the article (headline, byline) stays.
        for (Element e : doc.select("header, footer")) {
            if (e.normalName().equals("footer") || e.closest("article") == null) {
                e.remove();
            }
        }
        removeUnlikely(doc.body());
        Element root = chooseRoot(doc);
        List<String> lines = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        toLines(root, lines, ratios);
        return new HtmlPage(lines, ratios, List.copyOf(headings), ogTitle, htmlTitle, author, published, siteName,
                lang == null || lang.isBlank() ? null : lang, url);
    }

    private static String meta(Document doc, String query) {
        for (Element e : doc.select(query)) {
            String v = e.attr("content");
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Removes widgets whose class or id says what they are, unless they hold the article. */
    private static void removeUnlikely(Element body) {
        if (body == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        double pageText = nonLinkLength(body);
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !UNLIKELY.matcher(names).find()) {
                continue;
            }
            String lower = names.toLowerCase();
            boolean surelyNoise = lower.contains("comment") || lower.contains("related");
            if (!surelyNoise && LIKELY.matcher(names).find()) {
                continue;
            }
            if (!e.select("article, main, [itemprop=articleBody]").isEmpty()) {
                continue;
            }
            // A wrapper named "has-header" or "ad-wrapper" can still hold the whole story.
            if (!surelyNoise && nonLinkLength(e) > pageText * 0.5) {
                continue;
            }
            doomed.add(e);
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** The article block: itemprop=articleBody, the longest &lt;article&gt;, else the densest paragraph parent. */
    private static Element chooseRoot(Document doc) {
        Element body = doc.body();
        Element byProp = doc.selectFirst("[itemprop=articleBody]");
        if (byProp != null && byProp.text().length() >= 200) {
            return byProp;
        }
        Element article = null;
        for (Element a : doc.select("article")) {
            if (article == null || a.text().length() > article.text().length()) {
                article = a;
            }
        }
        Element dense = densestBlock(doc);
        if (article != null && article.text().length() >= 200) {
            // An <article> wins unless it is a teaser card beside a much bigger text block.
            boolean related = dense == null || dense == article || isAncestor(article, dense) || isAncestor(dense, article);
            if (related || nonLinkLength(article) * 2 >= nonLinkLength(dense)) {
                return article;
            }
        }
        if (dense != null) {
            return dense;
        }
        return body == null ? doc : body;
    }

    /** The element whose paragraphs hold the most non-link text (parents full, grandparents half). */
    private static Element densestBlock(Document doc) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.select("p, pre, td, blockquote")) {
            double len = nonLinkLength(p);
            if (len < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, len, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, len / 2, Double::sum);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double nonLinkLength(Element e) {
        int all = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.max(0, all - links);
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / all);
    }

    /** Writes text with a line break at every block element, tracking link characters per line. */
    private static void toLines(Node root, List<String> lines, List<Double> ratios) {
        StringBuilder line = new StringBuilder();
        int[] linkChars = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = Regexes.WHITESPACE.matcher(t.getWholeText()).replaceAll(" ");
                    if (text.isBlank()) {
                        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                            line.append(' ');
                        }
                        return;
                    }
                    if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
                        text = text.stripLeading();
                    }
                    line.append(text);
                    if (insideLink(t)) {
                        linkChars[0] += text.strip().length();
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, linkChars, lines, ratios);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, linkChars, lines, ratios);
                }
            }
        }, root);
        flush(line, linkChars, lines, ratios);
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder line, int[] linkChars, List<String> lines, List<Double> ratios) {
        String text = TextFolding.trim(line.toString());
        if (!text.isEmpty()) {
            lines.add(text);
            ratios.add(Math.min(1.0, (double) linkChars[0] / text.length()));
        }
        line.setLength(0);
        linkChars[0] = 0;
    }
}
