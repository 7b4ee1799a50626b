package org.marsad.entity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.marsad.commons.rest.ApiException;
import org.marsad.commons.security.ApiTokenIdentityProvider;
import org.marsad.entity.service.ExtractionService;

/** Where article-service's outbox delivers articles; answering 200 acknowledges the message. */
@Path("/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    private final ExtractionService extraction;

    public ExtractionResource(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @POST
    @RolesAllowed(ApiTokenIdentityProvider.WRITER)
    @Operation(summary = "Extract an article and store the result; idempotent per (article, extractor version)")
    public ExtractionAck extract(ExtractionRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {\"articleId\", \"text\", \"publishedAt\", \"language\"} is required");
        }
        var run = extraction.extractAndStore(request.articleId(), request.text(), request.publishedAt());
        return new ExtractionAck(run.articleId, run.extractorVersion, run.entities, run.events);
    }

    public record ExtractionRequest(String articleId, String text, String publishedAt, String language) {
    }

    public record ExtractionAck(String articleId, String extractorVersion, int entities, int events) {
    }
}
