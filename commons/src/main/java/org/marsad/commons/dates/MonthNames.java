package org.marsad.commons.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import org.marsad.commons.text.TextFolding;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names in the forms news pages use, folded (see {@link TextFolding}). CLDR (through ICU) gives the
 * calendars of the Arab world: Egyptian/Gulf (يناير…), Moroccan (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر),
 * Algerian/Tunisian (جانفي، فيفري، جوان، جويلية، أوت) and Levantine/Iraqi (كانون الثاني… تشرين الأول), and French and
 * English with their abbreviations. A few spellings pages use and CLDR lacks are added by hand.
 */
final class MonthNames {

    private static final String[] LOCALES = {"ar", "ar_MA", "ar_DZ", "ar_TN", "ar_LB", "ar_IQ", "fr", "en"};
    /** Egyptian يونيه/يوليه and the French "fév." abbreviation, absent from CLDR. */
    private static final String[][] NOT_IN_CLDR = {{}, {"fev"}, {}, {}, {}, {"يونيه"}, {"يوليه"}, {}, {}, {}, {}, {}};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    /** Regex alternation of all names, longest first so that "يوليوز" wins over "يوليو". */
    static final String ALTERNATION;

    static {
        for (String locale : LOCALES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(DateFormatSymbols.FORMAT, width);
                for (int m = 0; m < 12; m++) {
                    add(months[m], m + 1);
                }
            }
        }
        for (int m = 0; m < 12; m++) {
            for (String name : NOT_IN_CLDR[m]) {
                add(name, m + 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        BY_NAME.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .forEach(name -> {
                    if (sb.length() > 0) {
                        sb.append('|');
                    }
                    // Short Latin abbreviations may carry a dot: "Sept.", "févr.".
                    sb.append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"))
                            .append(name.length() <= 5 && name.charAt(0) < 128 ? "\\.?" : "");
                });
        ALTERNATION = sb.toString();
    }

    private MonthNames() {
    }

    private static void add(String name, int month) {
        String folded = TextFolding.fold(name).replace(".", "");
        BY_NAME.putIfAbsent(folded, month);
    }

    /** Month number 1-12 for a folded month name as matched by {@link #ALTERNATION}, or 0. */
    static int number(String foldedName) {
        String key = WHITESPACE.matcher(foldedName).replaceAll(" ").replace(".", "");
        Integer m = BY_NAME.get(key);
        return m == null ? 0 : m;
    }
}
