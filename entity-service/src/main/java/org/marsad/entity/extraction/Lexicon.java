package org.marsad.entity.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.commons.text.ArabicClitics;

/**
 * One word list of {@code src/main/resources/lexicon}, loaded and checked: the one loader of the engine's lexicons.
 *
 * <p>A file is UTF-8 text, one word or phrase per line, {@code #} starting a comment line. A list that maps its
 * entries to values is cut into sections by header lines {@code [VALUE]} or {@code [VALUE qualifier]}. Entries are
 * written in ordinary spelling and folded on load with {@link TextNormalizer#fold}, as article text is, so "المسؤول"
 * and "المسوول" are one entry. Loading fails, naming the file and line, on an entry that folds to one already
 * listed under the same header (a duplicate), or that is matched as one listed under another VALUE (a conflict: one
 * phrase, two meanings; a {@link Keys#PHRASES} list matches "الرئيس" as "رئيس"). The same entry under two headers
 * of one VALUE is allowed ("حجز" is a verb and a noun of OPERATION).
 */
final class Lexicon {

    /** How two entries are compared. */
    enum Keys {
        /** As whole folded strings: the list is looked up with a folded text word. */
        WORDS,
        /** As phrases put into an {@link AliasTrie}: folded words, each without its article ("الرئيس" = "رئيس"). */
        PHRASES
    }

    static final String FOLDER = "/lexicon/";

    private final String name;
    private final Map<String, List<String>> sections;
    private final byte[] bytes;

    private Lexicon(String name, Map<String, List<String>> sections, byte[] bytes) {
        this.name = name;
        this.sections = sections;
        this.bytes = bytes;
    }

    /** Loads {@code /lexicon/<name>.txt} from the classpath. */
    static Lexicon load(String name, Keys keys) {
        String file = FOLDER + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing from the classpath: " + file);
            }
            return parse(name, in.readAllBytes(), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** Parses the content of a lexicon file; {@code name} is only used in messages. */
    static Lexicon parse(String name, byte[] content, Keys keys) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> headerOfKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String header = "";
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                header = line.substring(1, line.length() - 1).strip();
                if (header.isEmpty() || sections.containsKey(header)) {
                    problems.add(where(name, n) + ": empty or repeated header [" + header + "]");
                }
                sections.put(header, new ArrayList<>());
                continue;
            }
            String folded = TextNormalizer.fold(line);
            String words = String.join(" ", Tokenizer.words(folded));
            if (words.isEmpty()) {
                problems.add(where(name, n) + ": \"" + line + "\" has no letter or digit");
                continue;
            }
            String entry = keys == Keys.WORDS ? folded : words;
            if (!seen.add(header + "\n" + entry)) {
                problems.add(where(name, n) + ": duplicate entry \"" + line + "\" (folded \"" + entry + "\") under "
                        + describe(header));
            }
            String key = keys == Keys.WORDS ? folded : matchKey(words);
            String earlier = headerOfKey.putIfAbsent(key, header);
            if (earlier != null && !value(earlier).equals(value(header))) {
                problems.add(where(name, n) + ": conflicting entry \"" + line + "\" (matched as \"" + key + "\") under "
                        + describe(header) + ", already under " + describe(earlier));
            }
            sections.computeIfAbsent(header, h -> new ArrayList<>()).add(folded);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        sections.replaceAll((h, entries) -> List.copyOf(entries));
        return new Lexicon(name, sections, content);
    }

    String name() {
        return name;
    }

    /** Every entry, folded, in file order. */
    List<String> entries() {
        List<String> out = new ArrayList<>();
        sections.values().forEach(out::addAll);
        return out;
    }

    /** Every entry, folded, as a set for lookups of folded words. */
    Set<String> words() {
        return Set.copyOf(entries());
    }

    /** Folded entries by header ({@code "VISIT verb"}, {@code "1"}), in file order. */
    Map<String, List<String>> sections() {
        return sections;
    }

    /** The folded entries under one header; fails when the file has no such header. */
    List<String> section(String header) {
        List<String> out = sections.get(header);
        if (out == null) {
            throw new IllegalStateException("lexicon " + name + " has no section [" + header + "]");
        }
        return out;
    }

    /** The file as read, for the engine version digest. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The VALUE of a header: its first word. */
    static String value(String header) {
        int space = header.indexOf(' ');
        return space < 0 ? header : header.substring(0, space);
    }

    /** The words of a phrase as the trie keys them: each without its article. */
    private static String matchKey(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(ArabicClitics.aliasCore(w));
        }
        return b.toString();
    }

    private static String describe(String header) {
        return header.isEmpty() ? "the list" : "[" + header + "]";
    }

    private static String where(String name, int lineIndex) {
        return "lexicon " + name + ".txt line " + (lineIndex + 1);
    }
}
