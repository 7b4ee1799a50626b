package org.marsad.article.cleaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month names in the forms news pages use, already folded (see {@link TextFolding}): Egyptian/Gulf
 * Arabic (يناير…), Maghrebi (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر), Algerian/Tunisian (جانفي، فيفري،
 * جوان، جويلية، أوت), Levantine (كانون الثاني… تشرين الأول), French and English, with abbreviations.
 */
final class MonthNames {

    private static final String[][] NAMES = {
            {"يناير", "جانفي", "كانون الثاني", "january", "jan", "janvier", "janv"},
            {"فبراير", "فيفري", "شباط", "february", "feb", "fevrier", "fevr", "fev"},
            {"مارس", "اذار", "march", "mar", "mars"},
            {"ابريل", "افريل", "نيسان", "april", "apr", "avril", "avr"},
            {"مايو", "ماي", "ايار", "may", "mai"},
            {"يونيو", "يونيه", "جوان", "حزيران", "june", "jun", "juin"},
            {"يوليو", "يوليوز", "يوليه", "جويليه", "تموز", "july", "jul", "juillet", "juil"},
            {"اغسطس", "غشت", "اوت", "اب", "august", "aug", "aout"},
            {"سبتمبر", "شتنبر", "ايلول", "september", "sep", "sept", "septembre"},
            {"اكتوبر", "تشرين الاول", "october", "oct", "octobre"},
            {"نوفمبر", "نونبر", "تشرين الثاني", "november", "nov", "novembre"},
            {"ديسمبر", "دجنبر", "كانون الاول", "december", "dec", "decembre"},
    };

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    /** Regex alternation of all names, longest first so that "يوليوز" wins over "يوليو". */
    static final String ALTERNATION;

    static {
        List<String> all = new ArrayList<>();
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                BY_NAME.put(name, m + 1);
                all.add(name);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String name : all) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(name.replace(" ", "\\s+")).append(name.length() <= 4 && name.charAt(0) < 128 ? "\\.?" : "");
        }
        ALTERNATION = sb.toString();
    }

    private MonthNames() {
    }

    /** Month number 1-12 for a folded month name as matched by {@link #ALTERNATION}, or 0. */
    static int number(String foldedName) {
        String key = Regexes.WHITESPACE.matcher(foldedName).replaceAll(" ").replace(".", "");
        Integer m = BY_NAME.get(key);
        return m == null ? 0 : m;
    }
}
