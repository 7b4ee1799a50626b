package org.marsad.article.service;

/** Optional client input: blank means "not given". */
final class Inputs {

    private Inputs() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
