package org.marsad.gateway.model;

/** Contract vocabulary (DESIGN.md). */
public enum DatePrecision {
    DAY, MONTH, YEAR, RANGE
}
