package org.marsad.gateway.model;

/** Contract vocabulary (docs/DESIGN.md). */
public enum DatePrecision {
    DAY, MONTH, YEAR, RANGE
}
