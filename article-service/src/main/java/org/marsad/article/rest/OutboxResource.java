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
            + "those entity-service refused for good (failed), how long the oldest pending one has waited, and the latest refusals")
    public OutboxDelivery.OutboxStatus status() {
        return delivery.status();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The same, as lines for a terminal (./marsad status prints them)")
    public String summary() {
        var status = delivery.status();
        StringBuilder text = new StringBuilder();
        text.append("extraction backlog: ").append(status.pending()).append(" pending");
        if (status.failing() > 0) {
            text.append(" (").append(status.failing()).append(" retried after a failure)");
        }
        if (status.oldestPendingSeconds() != null) {
            text.append(", oldest waiting ").append(status.oldestPendingSeconds()).append(" s");
        }
        text.append("; ").append(status.failed()).append(" refused for good\n");
        for (var failure : status.recentFailures()) {
            text.append("  article ").append(failure.articleId()).append(" refused at ").append(failure.failedAt())
                    .append(": ").append(oneLine(failure.error())).append('\n');
        }
        return text.toString();
    }

    private static String oneLine(String error) {
        String line = error == null ? "" : error.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
