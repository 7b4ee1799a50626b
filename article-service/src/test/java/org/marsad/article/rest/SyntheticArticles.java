package org.marsad.article.rest;

import java.util.UUID;

/** Synthetic test articles (not real news): a headline and two paragraphs, unique per call so dedup does not merge them. */
public final class SyntheticArticles {

    private SyntheticArticles() {
    }

    public static String english(String headline) {
        return headline + "\n\n"
                + "Synthetic article for tests: officials met on Tuesday in Rabat to review cooperation between their services, "
                + "according to a statement released after the meeting.\n\n"
                + "The two delegations agreed to exchange information on organized crime and to hold a joint training course next year. "
                + "Reference " + UUID.randomUUID() + ".\n";
    }
}
