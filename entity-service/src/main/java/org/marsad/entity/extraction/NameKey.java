package org.marsad.entity.extraction;

import java.util.StringJoiner;
import org.marsad.commons.text.ArabicClitics;

/**
 * Normalized folding key for names: letter variants folded, diacritics/tatweel removed, leading clitics stripped per
 * token, lowercase for Latin, accents stripped. Used to resolve the same name across articles.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        StringJoiner key = new StringJoiner(" ");
        for (String word : Tokenizer.words(name == null ? "" : name)) {
            key.add(ArabicClitics.keyForm(word));
        }
        return key.toString();
    }
}
