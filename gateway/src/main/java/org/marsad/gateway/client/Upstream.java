package org.marsad.gateway.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that calls the named service under fault tolerance: a timeout or an open circuit breaker reaches the
 * client as UPSTREAM_UNAVAILABLE naming the service ({@link UpstreamInterceptor}), not as an unexplained error.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface Upstream {

    /** The service's name, as clients see it in messages. */
    @Nonbinding
    String value();
}
