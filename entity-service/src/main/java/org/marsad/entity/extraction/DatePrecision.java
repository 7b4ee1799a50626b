package org.marsad.entity.extraction;

/** How precise a resolved event date is. */
public enum DatePrecision { DAY, MONTH, YEAR, RANGE }
