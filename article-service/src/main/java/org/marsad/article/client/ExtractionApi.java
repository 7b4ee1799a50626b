package org.marsad.article.client;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** entity-service's extraction endpoint, as seen from here. */
@Path("/extractions")
@RegisterRestClient(configKey = "entity-service")
interface ExtractionApi {

    @POST
    ExtractionAck extract(@HeaderParam("Authorization") String authorization, ExtractionRequest request);
}
