package org.marsad.entity.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.marsad.commons.rest.ApiException;
import org.marsad.commons.security.ApiTokenIdentityProvider;
import org.marsad.entity.graphql.Views.EntityView;
import org.marsad.entity.graphql.Views.EventView;
import org.marsad.entity.service.CurationService;
import org.marsad.entity.service.EventCorrection;
import org.marsad.entity.service.GraphQueryService;

import java.util.List;

/** Curation by analysts (bearer token): the gateway's curation mutations call these. */
@Path("/curation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiTokenIdentityProvider.WRITER)
@SecurityRequirement(name = "bearer")
public class CurationResource {

    private final CurationService curation;
    private final GraphQueryService query;
    private final MeterRegistry metrics;

    public CurationResource(CurationService curation, GraphQueryService query, MeterRegistry metrics) {
        this.curation = curation;
        this.query = query;
        this.metrics = metrics;
    }

    /** Body of a merge: the entity to fold into the one in the path. */
    public record MergeRequest(String from) {
    }

    /** Body of a split: the spellings that name another entity. */
    public record SplitRequest(List<String> aliases) {
    }

    /** Body of an alias addition. */
    public record AliasRequest(String alias) {
    }

    @POST
    @Path("/entities/{id}/merge")
    @Operation(summary = "Merge another entity into this one (mentions, roles, events and spellings follow)")
    public EntityView merge(@PathParam("id") String id, MergeRequest request) {
        require(request != null && request.from() != null, "a JSON body {\"from\": \"<entity id>\"} is required");
        return counted("merge", view(curation.merge(id, request.from()).id));
    }

    @POST
    @Path("/entities/{id}/split")
    @Operation(summary = "Split spellings off this entity into a new one; answers the new entity")
    public EntityView split(@PathParam("id") String id, SplitRequest request) {
        require(request != null, "a JSON body {\"aliases\": [...]} is required");
        return counted("split", view(curation.split(id, request.aliases()).id));
    }

    @POST
    @Path("/entities/{id}/aliases")
    @Operation(summary = "Add a spelling to an entity")
    public EntityView addAlias(@PathParam("id") String id, AliasRequest request) {
        require(request != null, "a JSON body {\"alias\": \"...\"} is required");
        return counted("add_alias", view(curation.addAlias(id, request.alias()).id));
    }

    @DELETE
    @Path("/entities/{id}/aliases")
    @Operation(summary = "Remove a spelling from an entity; extraction will not attach it again")
    public EntityView removeAlias(@PathParam("id") String id, @QueryParam("alias") String alias) {
        return counted("remove_alias", view(curation.removeAlias(id, alias).id));
    }

    @POST
    @Path("/events/{id}/correction")
    @Operation(summary = "Correct an event's type, status, date or location; kept through re-extraction")
    public EventView correct(@PathParam("id") String id, EventCorrection correction) {
        require(correction != null, "a JSON body {type?, status?, date?, location?} is required");
        return counted("correct_event", query.event(String.valueOf(curation.correct(id, correction).id)).orElseThrow());
    }

    /** Counts a curation action that went through (marsad.curation.actions by action). */
    private <T> T counted(String action, T result) {
        metrics.counter("marsad.curation.actions", "action", action).increment();
        return result;
    }

    private EntityView view(Long id) {
        return query.entity(String.valueOf(id)).orElseThrow();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw ApiException.badRequest(message);
        }
    }
}
