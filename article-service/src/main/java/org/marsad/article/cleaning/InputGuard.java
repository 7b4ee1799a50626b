package org.marsad.article.cleaning;

/**
 * Rejects input that cannot be an article before any work is done: nothing at all, binary data
 * (NUL bytes) or text that is mostly control or replacement characters (a wrong decoding).
 */
final class InputGuard {

    private InputGuard() {
    }

    static void check(String input) {
        if (input == null || input.isBlank()) {
            throw new UnusableArticleException("The article text is empty.");
        }
        if (input.indexOf('\0') >= 0) {
            throw new UnusableArticleException("The input looks binary (it contains NUL bytes); send the article as text or HTML.");
        }
        int bad = 0;
        int visible = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED) {
                bad++;
            }
        }
        if (visible == 0 || bad * 10 > visible) {
            throw new UnusableArticleException(
                    "The input is not readable text (too many control or replacement characters); check its encoding.");
        }
    }
}
