package org.marsad.article.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {

    @Test
    void marksAVariantSpellingInTheOriginalText() {
        String body = "استقبل المدير العام عبد اللطيف حموشي، اليوم بالرباط، وفدا أمنيا.";
        assertEquals("استقبل المدير العام عبد اللطيف <mark>حموشي</mark>، اليوم بالرباط، وفدا أمنيا.", Snippets.of(body, "الحموشى"));
    }

    @Test
    void picksTheWindowWithMostTermsAndCutsWithEllipses() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("word").append(i).append(' ');
        }
        body.append("Synthetic: the agreements on police cooperation were signed. ");
        for (int i = 0; i < 60; i++) {
            body.append("tail").append(i).append(' ');
        }
        String snippet = Snippets.of(body.toString(), "police agreement");
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>agreements</mark> on <mark>police</mark>"), snippet);
    }

    @Test
    void escapesHtmlAndSkipsStopWordsAndExcludedTerms() {
        String snippet = Snippets.of("Synthetic: the <b> tag & the police in Rabat.", "the police -rabat");
        assertEquals("Synthetic: the &lt;b&gt; tag &amp; the <mark>police</mark> in Rabat.", snippet);
        assertFalse(Snippets.of("nothing matches here", "police").contains("<mark>"));
    }
}
