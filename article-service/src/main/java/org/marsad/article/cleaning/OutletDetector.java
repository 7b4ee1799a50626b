package org.marsad.article.cleaning;

import org.marsad.commons.text.TextFolding;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet (site) that published a page from what pages write about themselves: a
 * "follow X on Y" line, a "De // X" credit, a site name repeated as a dash-separated segment
 * ("المغرب اليوم -", "الرباط - المغرب اليوم"), a site handle repeated on its own lines, and
 * finally the URL's domain. Also returns every spelling found so that titles and lines can be
 * stripped of the site name.
 */
final class OutletDetector {

    /** The outlet's display name and the folded keys of all its spellings on the page. */
    record Outlet(String name, Set<String> aliasKeys) {

        static final Outlet UNKNOWN = new Outlet(null, Set.of());

        boolean isAlias(String key) {
            return !key.isEmpty() && aliasKeys.contains(key);
        }

        /** This outlet named {@code newName} (when given), keeping its spellings. */
        Outlet withName(String newName) {
            if (newName == null || newName.isBlank()) {
                return this;
            }
            Set<String> keys = new LinkedHashSet<>(aliasKeys);
            keys.add(TextFolding.key(newName));
            return new Outlet(newName.strip(), Set.copyOf(keys));
        }
    }

    private static final Pattern FOLLOW = Pattern.compile(
            "^(?:تابع|تابعوا|suivez|suivre|follow)\\s+(.{2,40}?)\\s+(?:على|عبر|sur|on)\\s+(.{2,60}?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = Pattern.compile("^(?:de|by|par|source|المصدر)\\s*/{2,}\\s*(.{2,40}?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Separators between a dateline and a site name: spaced dashes (also the tatweel), pipes. */
    static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—ـ|]+\\s+|\\s*[-–—|]+\\s*$|^\\s*[-–—|]+\\s*|\\s+ـ\\s*$");
    private static final Pattern HANDLE_TOKEN = Pattern.compile("[a-z][a-z0-9]{3,30}");
    /** "© 2024 The Atlantic Ledger. All rights reserved.", "Copyright © Le Veilleur 2024". */
    private static final Pattern COPYRIGHT_NAME = Pattern.compile(
            "(?i)(?:©|copyright|\\(c\\))\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:19|20)\\d{2}\\s*)?)?"
                    + "([\\p{L}][\\p{L}\\p{M}0-9 '’&.-]{1,40}?)\\s*(?:[.,|©]|(?:19|20)\\d{2}|all rights|tous droits|جميع الحقوق|$)");
    /** "جميع الحقوق محفوظة لموقع هسبريس 2024" → "هسبريس". */
    private static final Pattern ARABIC_RIGHTS_NAME = Pattern.compile(
            "(?:جميع|كل)\\s+الحقوق\\s+محفوظة\\s+(?:لـ\\s*|ل)(?:موقع|جريدة|صحيفة|مجلة)?\\s*([\\p{L}\\p{M}][\\p{L}\\p{M}0-9 ]{1,40}?)\\s*(?:[.,|©]|(?:19|20)\\d{2}|$)");
    private static final Set<String> PLATFORM_WORDS = Set.of("news", "google", "facebook", "twitter", "instagram",
            "youtube", "telegram", "whatsapp", "tiktok", "x", "linkedin", "threads", "قناه", "صفحه", "فيسبوك",
            "تويتر", "انستغرام", "يوتيوب", "تلغرام", "تيليجرام", "واتساب", "جوجل", "غوغل", "نيوز", "اخبار");
    private static final Set<String> NOT_HANDLES = Set.of("advertisement", "publicite", "sponsored", "share",
            "menu", "search", "login", "home", "accueil", "facebook", "twitter", "whatsapp", "telegram", "email",
            "print", "comments", "related", "error", "loading", "close", "video", "photo", "next", "previous");

    private OutletDetector() {
    }

    /** "تابع X على Y", "Suivez X sur Y", "De // X": lines that only credit the site. */
    static boolean isCreditOrFollow(String line) {
        String t = TextFolding.trim(line);
        return FOLLOW.matcher(t).matches() || CREDIT.matcher(t).matches();
    }

    /**
     * @param cut index of the closing marker: site-name segments count only above it, where they
     *            stamp this article rather than the related ones
     */
    static Outlet detect(List<LineFeatures> lines, int cut, String siteNameMeta, String url) {
        Set<String> aliases = new LinkedHashSet<>();
        String explicit = siteNameMeta != null && !siteNameMeta.isBlank() ? siteNameMeta.strip() : null;

        String followed = null;
        String credited = null;
        for (LineFeatures f : lines) {
            String t = TextFolding.trim(f.text());
            Matcher m = FOLLOW.matcher(t);
            if (followed == null && f.words() <= 10 && m.matches()) {
                String name = m.group(1).strip();
                String brand = withoutPlatformWords(m.group(2));
                aliases.add(TextFolding.key(name));
                aliases.add(TextFolding.key(m.group(2)));
                if (brand != null) {
                    aliases.add(TextFolding.key(brand));
                }
                // A Latin brand ("Bladna24 News" → "Bladna24") is the stable, cross-language spelling.
                followed = brand != null && hasLatin(brand) ? brand : name;
            }
            Matcher c = CREDIT.matcher(t);
            if (credited == null && c.matches()) {
                credited = TextFolding.trim(c.group(1));
                aliases.add(TextFolding.key(credited));
            }
        }

        String siteToken = repeatedSegment(lines.subList(0, cut));
        String handle = repeatedHandle(lines);
        if (siteToken != null) {
            aliases.add(TextFolding.key(siteToken));
        }
        if (handle != null) {
            aliases.add(handle);
        }
        String fromCopyright = copyrightName(lines);
        String fromUrl = domainLabel(url);

        String name;
        if (explicit != null) {
            name = explicit;
        } else if (followed != null) {
            name = followed;
        } else if (credited != null) {
            name = credited;
        } else if (handle != null) {
            name = SiteHandles.displayName(handle, siteToken);
        } else if (siteToken != null) {
            name = siteToken;
        } else if (fromCopyright != null) {
            name = fromCopyright;
        } else if (fromUrl != null) {
            name = SiteHandles.displayName(fromUrl, null);
        } else {
            name = null;
        }
        if (name != null) {
            aliases.add(TextFolding.key(name));
        }
        aliases.remove("");
        return name == null && aliases.isEmpty() ? Outlet.UNKNOWN : new Outlet(name, Set.copyOf(aliases));
    }

    /** The name in the page's copyright line, when it names one (not a year or a bare ©). */
    private static String copyrightName(List<LineFeatures> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            LineFeatures f = lines.get(i);
            if (f.words() > 20 || !BoilerplateMarkers.isCopyright(f)) {
                continue;
            }
            String t = TextFolding.trim(f.text());
            Matcher m = ARABIC_RIGHTS_NAME.matcher(t);
            String name = m.find() ? m.group(1) : null;
            if (name == null) {
                m = COPYRIGHT_NAME.matcher(t);
                name = m.find() ? m.group(1) : null;
            }
            if (name != null) {
                name = Regexes.TRAILING_SEPARATORS.matcher(name.strip()).replaceAll("");
                String k = TextFolding.key(name);
                if (!k.isEmpty() && Regexes.wordCount(name) <= 5 && !k.startsWith("all rights")
                        && !k.startsWith("tous droits") && !k.startsWith("copyright")) {
                    return name;
                }
            }
        }
        return null;
    }

    /** "Bladna24 News" → "Bladna24"; null when only platform words remain ("Google News"). */
    private static String withoutPlatformWords(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : Regexes.WHITESPACE.split(s.strip())) {
            if (!PLATFORM_WORDS.contains(TextFolding.key(w))) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * A short name that recurs as one side of a dash on short lines ("المغرب اليوم -",
     * "الرباط - المغرب اليوم"): how news sites stamp their name on datelines and headlines.
     */
    private static String repeatedSegment(List<LineFeatures> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> original = new LinkedHashMap<>();
        for (LineFeatures f : lines) {
            if (f.words() > 20 || f.words() == 0) {
                continue;
            }
            String[] parts = SEPARATOR.split(f.text().strip());
            boolean separated = parts.length >= 2 || SEPARATOR.matcher(f.text().strip()).find();
            if (!separated) {
                continue;
            }
            Set<String> seenInLine = new LinkedHashSet<>();
            for (String part : parts) {
                String p = part.strip();
                LineFeatures pf = LineFeatures.of(p, 0);
                if (pf.words() < 1 || pf.words() > 4 || pf.letterRatio() < 0.7 || !seenInLine.add(pf.key())) {
                    continue;
                }
                counts.merge(pf.key(), 1, Integer::sum);
                original.putIfAbsent(pf.key(), p);
            }
        }
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : original.get(best);
    }

    /** A lower-case site handle written alone on several lines ("almaghribtoday"). */
    private static String repeatedHandle(List<LineFeatures> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LineFeatures f : lines) {
            String t = f.text().strip();
            if (t.isEmpty() || f.arabicLetters() > 0 || f.words() > 8) {
                continue;
            }
            String[] tokens = Regexes.WHITESPACE.split(t);
            String first = tokens[0];
            boolean same = true;
            for (String tok : tokens) {
                same &= tok.equals(first);
            }
            if (same && HANDLE_TOKEN.matcher(first).matches() && !NOT_HANDLES.contains(first)) {
                counts.merge(first, tokens.length, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** "https://www.hespress.com/x" → "hespress". */
    static String domainLabel(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase().split("\\.");
            if (labels.length < 2) {
                return null;
            }
            String label = labels[labels.length - 2];
            // "bladna24.co.ma": skip second-level public suffixes
            if (labels.length >= 3 && Set.of("co", "com", "net", "org", "gov", "ac").contains(label)) {
                label = labels[labels.length - 3];
            }
            return label.isEmpty() ? null : label;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
