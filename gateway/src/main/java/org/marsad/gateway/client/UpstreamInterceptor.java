package org.marsad.gateway.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;

import java.util.concurrent.TimeUnit;

/**
 * Outside SmallRye Fault Tolerance (whose interceptor has priority PLATFORM_AFTER + 10): turns its refusals into
 * {@link UpstreamUnavailableError}, logged as one line, since a slow or cut-off service is an operating condition.
 */
@Upstream("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class UpstreamInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);

    @Inject
    MeterRegistry metrics;

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        Upstream upstream = invocation.getMethod().getDeclaringClass().getAnnotation(Upstream.class);
        String service = upstream == null ? "a service" : upstream.value();
        long start = System.nanoTime();
        String outcome = "error";
        try {
            Object result = invocation.proceed();
            outcome = "ok";
            return result;
        } catch (FaultToleranceException e) {
            String why = e instanceof TimeoutException ? "did not answer in time"
                    : e instanceof CircuitBreakerOpenException ? "is unavailable (failing recently, calls paused)" : "is overloaded";
            LOG.warnf("%s %s (%s)", service, why, invocation.getMethod().getName());
            throw new UpstreamUnavailableError(service + " " + why + "; try again shortly");
        } finally {
            // Retries included: the latency a client of the gateway waits on this service.
            Timer.builder("marsad.upstream.calls").description("Calls from the gateway to a service, retries included")
                    .tags("service", service, "method", invocation.getMethod().getName(), "outcome", outcome)
                    .register(metrics).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
