package org.marsad.entity.service;

/**
 * Whether two folded name keys are spellings of one name: the same number of words, at least one word the
 * same, and the others a letter or two apart (سيلين برتون / سيلين بيرتون, Martinez / Martines). Whole-word
 * differences (Mohamed Ali / Mohamed Amine) are different people.
 */
final class NameVariants {

    private static final int MAX_TOTAL_EDITS = 2;

    private NameVariants() {
    }

    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || x.length < 2) {
            return false;
        }
        int exact = 0;
        int edits = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                exact++;
                continue;
            }
            int allowed = Math.min(x[i].length(), y[i].length()) >= 7 ? 2 : 1;
            int d = distance(x[i], y[i], allowed);
            if (d > allowed) {
                return false;
            }
            edits += d;
        }
        return exact > 0 && edits <= MAX_TOTAL_EDITS;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int distance(String s, String t, int limit) {
        if (Math.abs(s.length() - t.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
