package org.marsad.entity.extraction;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as it sounds, whatever script it is written in, so that an outlet's Arabic spelling and another's Latin
 * one meet: ابراهيم مراد, Brahim Merad and Ibrahim Mourad all give {@code brmmrd}. ICU transliterates Arabic to
 * Latin; then each word keeps only its consonants, folded to the classes the two scripts share (p and b, v and f,
 * q, c and k, dj, j and soft g, sh and ch, s, z and soft c), with doubled letters collapsed, and the Arabic article
 * ال dropped. The words are joined without spaces, because the scripts split names differently (شرف الدين,
 * Charfeddine); {@link #ofReversed} gives the key of the words in the other order (surname first). Short vowels are not written in Arabic and long ones are written in many ways in Latin, so vowels,
 * w, y and h go. The key is coarse (محمد and محمود meet); it is meant only for names of at least two words compared
 * across scripts ({@link #comparable}).
 */
public final class SoundKey {

    /** Fewer consonants than this say too little to tell two people apart. */
    private static final int MIN_LENGTH = 5;

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(^|\\s)ال(?=\\p{IsArabic}{3})");
    // After عبد the article is written in Latin too, joined, and assimilated before a sun letter: Abdelkader, Abderrahmane.
    private static final Pattern ABD_BEFORE_SUN_LETTER = Pattern.compile("عبد\\s*ال(?=[تثدذرزسشصضطظلن])");
    private static final Pattern ABD_AL = Pattern.compile("عبد\\s*ال");
    private static final Pattern LATIN_ARTICLE = Pattern.compile("(^|\\s)[ae]l[-‐’'](?=\\p{L})|(^|\\s)[ae]l\\s+(?=\\p{L}{3})");

    // ICU's transliterators are thread-safe once built; building one is the costly part.
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private SoundKey() {
    }

    /** The key of a name: its consonants in shared classes, words joined; empty when nothing is left. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = ABD_BEFORE_SUN_LETTER.matcher(name.strip()).replaceAll("عبد");
        text = ABD_AL.matcher(text).replaceAll("عبدل");
        text = ARABIC_ARTICLE.matcher(text).replaceAll("$1");
        text = TO_LATIN.transliterate(text);
        text = LATIN_ARTICLE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1$2");
        StringBuilder key = new StringBuilder();
        for (String word : text.split("[^a-z]+")) {
            appendConsonants(word, key);
        }
        return key.toString();
    }

    /** The key of the name's words in reverse order (Piantedosi Matteo for Matteo Piantedosi). */
    public static String ofReversed(String name) {
        if (name == null) {
            return "";
        }
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        Collections.reverse(words);
        return of(String.join(" ", words));
    }

    /**
     * Whether two spellings should be compared by their keys: one written in Arabic and the other in Latin
     * letters (within a script, spellings are compared letter by letter), both of two words or more, and a key
     * long enough to mean something.
     */
    public static boolean comparable(String a, String b) {
        return isArabic(a) != isArabic(b) && words(a) >= 2 && words(b) >= 2 && of(a).length() >= MIN_LENGTH;
    }

    public static boolean isArabic(String name) {
        return ARABIC.matcher(name).find();
    }

    private static int words(String name) {
        return name.strip().split("[\\s\\-‐]+").length;
    }

    private static void appendConsonants(String word, StringBuilder key) {
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char folded;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> folded = 0;
                case 'b' -> folded = 'b';
                case 'p' -> {
                    folded = next == 'h' ? 'f' : 'b';
                    i += next == 'h' ? 1 : 0;
                }
                case 'f', 'v' -> folded = 'f';
                case 'k', 'q' -> folded = 'k';
                case 'z', 'x' -> folded = 's';
                case 'c' -> {
                    if (next == 'h') { // French ch, English sh: ش
                        folded = 'S';
                        i++;
                    } else {
                        folded = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                    }
                }
                case 's' -> {
                    if (next == 'h') {
                        folded = 'S';
                        i++;
                    } else if (next == 'c' && i + 2 < word.length() && word.charAt(i + 2) == 'h') { // German sch
                        folded = 'S';
                        i += 2;
                    } else {
                        folded = 's';
                    }
                }
                case 'd' -> {
                    if (next == 'j') { // dj: ج in French spelling
                        folded = 'j';
                        i++;
                    } else {
                        folded = 'd';
                    }
                }
                case 'g' -> {
                    if (next == 'h') { // gh: غ
                        folded = 'g';
                        i++;
                    } else {
                        folded = next == 'e' || next == 'i' ? 'j' : 'g';
                    }
                }
                default -> folded = c; // j, l, m, n, r, t (th, kh and dh lose their h above)
            }
            if (folded != 0 && folded != last) {
                key.append(folded);
            }
            if (folded != 0) {
                last = folded;
            }
        }
    }
}
