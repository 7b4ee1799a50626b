package org.marsad.entity.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's public read of one article: the cleaned body extraction runs on. */
@RegisterRestClient(configKey = "article-service")
@Path("/articles")
public interface ArticleApi {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    StoredArticle article(@PathParam("id") String id);

    /** The fields of article-service's answer that extraction needs (others are ignored). */
    record StoredArticle(String id, String body, String publishedAt, String language) {
    }
}
