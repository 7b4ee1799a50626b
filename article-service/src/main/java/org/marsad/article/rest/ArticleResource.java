package org.marsad.article.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.marsad.article.service.ArticleIngestService;
import org.marsad.article.service.ArticleQueryService;
import org.marsad.commons.rest.ApiException;
import org.marsad.commons.security.ApiTokenIdentityProvider;

import java.net.URI;

/** REST API of articles: writes need a bearer token, reads do not. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleIngestService ingest;
    private final ArticleQueryService query;

    public ArticleResource(ArticleIngestService ingest, ArticleQueryService query) {
        this.ingest = ingest;
        this.query = query;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiTokenIdentityProvider.WRITER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store an article", description = "201 with the new id, or 200 with duplicate=true when the same cleaned body is stored already.")
    public Response create(ArticleRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {\"text\": ...} is required");
        }
        var outcome = ingest.ingest(request.toSubmission());
        var body = new IngestResponse(String.valueOf(outcome.article().id), outcome.duplicate());
        if (outcome.duplicate()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/articles/" + outcome.article().id)).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its cleaned body")
    public ArticleView get(@PathParam("id") String id) {
        return query.byId(id).map(ArticleView::of).orElseThrow(() -> ApiException.notFound("no article " + id));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The article exactly as it was received")
    public String raw(@PathParam("id") String id) {
        return query.byId(id).map(a -> a.rawText).orElseThrow(() -> ApiException.notFound("no article " + id));
    }
}
