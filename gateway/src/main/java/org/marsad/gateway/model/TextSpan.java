package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** A stretch of text: UTF-16 offsets into the article's cleaned body (or the text given to extract). */
@Description("A stretch of text, as offsets into the article's cleaned body (or into the text given to extract). "
        + "Offsets count UTF-16 code units, as JavaScript's and Java's string indexes do: body.substring(start, end) == text")
public record TextSpan(@Description("Offset of the first character, in UTF-16 code units from 0") int start,
                       @Description("Offset just past the last character (exclusive), in UTF-16 code units") int end,
                       @Description("The text between start and end") String text) {
}
