package org.marsad.entity.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the first stages found in one document, handed to the event stage.
 *
 * @param doc the prepared text
 * @param mentions every entity mention
 * @param titles titles, with the person holding each when named next to it
 * @param roles roles stated in the text
 * @param discoveredNames display names of people found outside the knowledge base, by key
 * @param published publication date, given or printed in the page header; nullable
 */
record Analysis(Document doc, MentionIndex mentions, List<TitleOccurrence> titles, List<FoundRole> roles,
                Map<String, String> discoveredNames, LocalDate published) {}
