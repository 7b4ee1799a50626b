package org.marsad.entity.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A title found in the text ("المدير العام للأمن الوطني ولمراقبة التراب الوطني"), with the organizations and
 * country it names and, once attached, the person who holds it. Mutable while the stages fill it in.
 */
final class TitleOccurrence {

    final int from;
    final int headTo;
    final TitleLexicon.Kind kind;
    /** First token of the title as written: the head, or an organization before it ("FBI Director"). */
    int textFrom;
    /** Token after the whole title (head, organizations, country). */
    int to;
    final List<String> organizations = new ArrayList<>();
    /** Short forms that may name several organizations ("الأمن الداخلي"), resolved once the person is known. */
    final List<PendingOrganization> pending = new ArrayList<>();
    String country;
    String personKey;
    /** The title as written, without a leading conjunction or preposition; set once attached. */
    String text;

    TitleOccurrence(int from, int headTo, TitleLexicon.Kind kind) {
        this.from = from;
        this.headTo = headTo;
        this.kind = kind;
        this.to = headTo;
        this.textFrom = from;
    }

    /** Whether the title names a position (not a mere courtesy word or a pointer to a peer). */
    boolean isPosition() {
        return kind == TitleLexicon.Kind.HEAD || kind == TitleLexicon.Kind.MINISTER
                || kind == TitleLexicon.Kind.RULER || kind == TitleLexicon.Kind.PROFESSION;
    }

    /**
     * A short organization form inside the title.
     *
     * @param from first token
     * @param to token after the last
     * @param candidates organizations it may name
     * @param country nationality stated right after it, nullable
     * @param trim letters of a leading conjunction to leave out of its span
     */
    record PendingOrganization(int from, int to, List<String> candidates, String country, int trim) {}
}
