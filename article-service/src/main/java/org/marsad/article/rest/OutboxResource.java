package org.marsad.article.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.marsad.article.service.OutboxDelivery;

/** How far extraction lags behind ingest; ./marsad and the system tests wait on it. */
@Path("/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final OutboxDelivery delivery;

    public OutboxResource(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @GET
    @Operation(summary = "Articles waiting for extraction (pending), those of them whose delivery failed at least once (failing), "
            + "and those entity-service refused for good (failed)")
    public OutboxDelivery.OutboxStatus status() {
        return delivery.status();
    }
}
