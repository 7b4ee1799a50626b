package org.marsad.entity.extraction;

/** Whether an event already took place, is announced, or was called off. */
public enum EventStatus { PLANNED, HAPPENED, CANCELLED }
