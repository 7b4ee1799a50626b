package org.marsad.commons.tracing;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Where finished spans go, chosen at start by {@code marsad.tracing.exporter} ({@code MARSAD_TRACING_EXPORTER}).
 * Whatever the choice, every service reads the W3C trace context of a request, passes it on to the services it calls,
 * and writes the trace id in its log lines; only the export differs:
 * <ul>
 * <li>{@code none} (the default): nothing leaves the process, since no collector is assumed;</li>
 * <li>{@code log}: one INFO line per finished span in the service's own log (name, trace id, span id, kind);</li>
 * <li>{@code otlp}: Quarkus's OTLP exporter, to {@code quarkus.otel.exporter.otlp.endpoint}.</li>
 * </ul>
 * Quarkus exports over OTLP only when no {@link SpanExporter} bean can be looked up, and otherwise hands the spans to
 * the beans that can: hence one bean per choice, each looked up only under its own setting.
 */
@Singleton
public class SpanExporters {

    static final String SETTING = "marsad.tracing.exporter";

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = SETTING, stringValue = "none", lookupIfMissing = true)
    SpanExporter none() {
        return SpanExporter.composite();
    }

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = SETTING, stringValue = "log")
    SpanExporter log() {
        return LoggingSpanExporter.create();
    }
}
