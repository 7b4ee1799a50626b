package org.marsad.commons.rest;

/** The JSON body of every error a Marsad REST endpoint returns: the HTTP status, a stable code and a message for people. */
public record ApiError(int status, String code, String message) {
}
