package org.marsad.article.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.logging.Logger;
import org.marsad.article.service.ArticlePage;
import org.marsad.article.service.ArticleView;
import org.marsad.article.service.ArticleIngestService;
import org.marsad.article.service.ArticleQueryService;
import org.marsad.article.service.ArticleSubmission;
import org.marsad.article.service.ExtractionStatus;
import org.marsad.article.service.IngestLimits;
import org.marsad.commons.rest.ApiError;
import org.marsad.commons.rest.ApiException;
import org.marsad.commons.security.ApiTokenIdentityProvider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * REST API of articles: writes need a bearer token, reads do not. Limits: one article's text up to
 * {@code marsad.ingest.max-text-chars} characters (default 1,000,000), a bulk request up to
 * {@code marsad.ingest.max-bulk-articles} articles (default 100), a request body up to
 * {@code quarkus.http.limits.max-body-size} (default 20 MB); beyond them, 413 with a JSON error.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final ArticleIngestService ingest;
    private final ArticleQueryService query;
    private final int maxBulk;

    public ArticleResource(ArticleIngestService ingest, ArticleQueryService query, IngestLimits limits) {
        this.ingest = ingest;
        this.query = query;
        this.maxBulk = limits.maxBulkArticles();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiTokenIdentityProvider.WRITER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store an article given as JSON",
            description = "{text, url?, outlet?, author?, publishedAt?, language?}: text is plain text or HTML; the optional "
                    + "metadata wins over what the cleaner detects. 201 with the new id, or 200 with duplicate=true when the "
                    + "same cleaned body is stored already. nearDuplicates lists stored articles telling the same story.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored (duplicate=true)")
    @APIResponse(responseCode = "400", description = "Invalid JSON, blank text, impossible date, bad language or url")
    @APIResponse(responseCode = "413", description = "Text or body over the documented limit")
    @APIResponse(responseCode = "422", description = "No article in the text (UNUSABLE_ARTICLE)")
    public Response create(ArticleRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {\"text\": ...} is required");
        }
        return respond(ingest.ingest(request.toSubmission()));
    }

    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @RolesAllowed(ApiTokenIdentityProvider.WRITER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store an article given as an HTML page or plain text",
            description = "The body is the page (UTF-8); metadata that wins over detection goes in query parameters. "
                    + "Answers as the JSON form does.")
    public Response createFromPage(byte[] page,
                                   @QueryParam("url") String url, @QueryParam("outlet") String outlet,
                                   @QueryParam("author") String author, @QueryParam("publishedAt") String publishedAt,
                                   @QueryParam("language") String language) {
        String text = StrictUtf8.decode(page);
        return respond(ingest.ingest(new ArticleSubmission(text, url, outlet, author, publishedAt, language)));
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiTokenIdentityProvider.WRITER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store many articles",
            description = "A JSON array of the objects POST /articles takes. Each article is stored, or refused, on its own: "
                    + "the answer lists one result per article in the order sent (status 201, 200 for a duplicate, or the "
                    + "4xx error that refused it), so a bad article never loses the others.")
    @APIResponse(responseCode = "200", description = "One result per article")
    @APIResponse(responseCode = "413", description = "More articles than the documented limit")
    public BulkResponse createMany(List<ArticleRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw ApiException.badRequest("a JSON array of articles [{\"text\": ...}, ...] is required");
        }
        if (requests.size() > maxBulk) {
            throw new ApiException(413, "TOO_MANY_ARTICLES",
                    requests.size() + " articles in one request; the limit is " + maxBulk + ": split the batch");
        }
        List<BulkResponse.Item> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            results.add(storeOne(i, requests.get(i)));
        }
        return BulkResponse.of(results);
    }

    private BulkResponse.Item storeOne(int index, ArticleRequest request) {
        try {
            if (request == null) {
                throw ApiException.badRequest("article " + index + " is null");
            }
            return BulkResponse.Item.stored(index, IngestResponse.of(ingest.ingest(request.toSubmission())));
        } catch (ApiException e) {
            return BulkResponse.Item.failed(index, new ApiError(e.status(), e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected failure storing bulk article %d, reference %s", index, reference);
            return BulkResponse.Item.failed(index, new ApiError(500, "INTERNAL", "Internal error; reference " + reference));
        }
    }

    @GET
    @Operation(summary = "Search or list articles",
            description = "With search (web-search syntax: words, \"a phrase\", or, -word; Arabic letter variants and clitics "
                    + "folded), ranked by relevance with a highlighted snippet; without, newest first.")
    public ArticlePage list(@QueryParam("search") String search, @QueryParam("outlet") String outlet,
                            @Parameter(description = "ISO date, possibly partial: 2024, 2024-06, 2024-06-26") @QueryParam("from") String from,
                            @Parameter(description = "ISO date, possibly partial; inclusive") @QueryParam("to") String to,
                            @Parameter(description = "PENDING, DONE or FAILED: only articles in this extraction state")
                            @QueryParam("extraction") String extraction,
                            @QueryParam("first") @DefaultValue("20") Integer first, @QueryParam("after") String after) {
        return ArticlePage.of(query.page(search, outlet, from, to, extractionStatus(extraction), first, after));
    }

    private static ExtractionStatus extractionStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ExtractionStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("extraction must be PENDING, DONE or FAILED");
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its cleaned body and near-duplicates")
    public ArticleView get(@PathParam("id") String id) {
        return query.byId(id).orElseThrow(() -> ApiException.notFound("no article " + id));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The article exactly as it was received")
    public String raw(@PathParam("id") String id) {
        return query.rawText(id).orElseThrow(() -> ApiException.notFound("no article " + id));
    }

    private static Response respond(org.marsad.article.service.IngestOutcome outcome) {
        var body = IngestResponse.of(outcome);
        if (outcome.duplicate()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/articles/" + body.id())).entity(body).build();
    }
}
