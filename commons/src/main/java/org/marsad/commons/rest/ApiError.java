package org.marsad.commons.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON body of every error a Marsad REST endpoint returns: the HTTP status, a stable code and a message for people. */
// Sent inside Response objects, which the native build does not look into.
@RegisterForReflection
public record ApiError(int status, String code, String message) {
}
