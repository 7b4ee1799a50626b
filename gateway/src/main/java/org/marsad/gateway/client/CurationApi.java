package org.marsad.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** entity-service's curation endpoints; the caller's Authorization header is passed on as is. */
@Path("/curation")
@RegisterRestClient(configKey = "entity-service-rest")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface CurationApi {

    @POST
    @Path("/entities/{id}/merge")
    Response merge(@HeaderParam("Authorization") String authorization, @PathParam("id") String into, Map<String, Object> body);

    @POST
    @Path("/entities/{id}/split")
    Response split(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("/entities/{id}/aliases")
    Response addAlias(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, Map<String, Object> body);

    @DELETE
    @Path("/entities/{id}/aliases")
    Response removeAlias(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, @QueryParam("alias") String alias);

    @POST
    @Path("/events/{id}/correction")
    Response correct(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, Map<String, Object> body);
}
