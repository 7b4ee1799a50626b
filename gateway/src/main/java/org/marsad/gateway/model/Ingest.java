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
    public record ArticleInput(@NonNull String text, String url, String outlet, String author, String publishedAt, String language) {
    }

    @Name("IngestResult")
    public record IngestResult(@NonNull Article article, boolean duplicate,
                               @Description("True when the article is stored without any publication date: none was given and "
                                       + "none was found on the page (byline, stamp, dateline); its relative dates stay unresolved")
                               boolean undated) {
    }
}
