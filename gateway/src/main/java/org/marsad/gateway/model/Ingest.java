package org.marsad.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** ingestArticle's input and result. */
public final class Ingest {

    private Ingest() {
    }

    /** text may be plain text or HTML; the other fields win over what the service detects. */
    @Input("ArticleInput")
    @Description("An article to store: plain text or a whole HTML page; each field given wins over what is read from the page")
    public record ArticleInput(@NonNull @Description("Plain text or HTML, UTF-8, at most 2 MB (MARSAD_MAX_ARTICLE_SIZE)") String text,
                               @Description("Where it was published") String url,
                               @Description("The outlet's name") String outlet,
                               @Description("The byline") String author,
                               @Description("Publication date: ISO 8601 (2024-07-18) or as pages write it (18 يوليو 2024, 18 juillet 2024); "
                                       + "anything else is BAD_REQUEST") String publishedAt,
                               @Description("ISO 639-1 code (ar, fr, en); detected when absent") String language) {
    }

    @Name("IngestResult")
    @Description("The stored article and how it was stored")
    public record IngestResult(@NonNull @Description("The stored article (for a duplicate, the one stored before)") Article article,
                               @Description("True when an article with the same cleaned body was already stored; nothing new was stored")
                               boolean duplicate,
                               @Description("True when the article is stored without any publication date: none was given and "
                                       + "none was found on the page (byline, stamp, dateline); its relative dates stay unresolved")
                               boolean undated) {
    }
}
