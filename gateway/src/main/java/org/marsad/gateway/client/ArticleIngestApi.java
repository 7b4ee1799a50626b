package org.marsad.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.marsad.gateway.model.Ingest.ArticleInput;

/** article-service's REST write endpoint; the caller's Authorization header is passed on as is. */
@Path("/articles")
@RegisterRestClient(configKey = "article-service-rest")
interface ArticleIngestApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam("Authorization") String authorization, ArticleInput input);
}
