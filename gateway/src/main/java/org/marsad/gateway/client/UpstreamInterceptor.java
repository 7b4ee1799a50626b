package org.marsad.gateway.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.marsad.gateway.graphql.errors.UpstreamUnavailableError;

/**
 * Outside SmallRye Fault Tolerance (whose interceptor has priority PLATFORM_AFTER + 10): turns its refusals into
 * {@link UpstreamUnavailableError}, logged as one line, since a slow or cut-off service is an operating condition.
 */
@Upstream("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class UpstreamInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (FaultToleranceException e) {
            Upstream upstream = invocation.getMethod().getDeclaringClass().getAnnotation(Upstream.class);
            String service = upstream == null ? "a service" : upstream.value();
            String why = e instanceof TimeoutException ? "did not answer in time"
                    : e instanceof CircuitBreakerOpenException ? "is unavailable (failing recently, calls paused)" : "is overloaded";
            LOG.warnf("%s %s (%s)", service, why, invocation.getMethod().getName());
            throw new UpstreamUnavailableError(service + " " + why + "; try again shortly");
        }
    }
}
