package org.marsad.entity.extraction;

import java.util.List;

/**
 * An event stated by the text.
 *
 * @param date ISO 8601 partial or interval, nullable
 * @param datePrecision nullable
 * @param locationKey nullable
 * @param dateSpan the words the date was read from, nullable
 * @param locationSpan the words naming the place, nullable
 */
public record FoundEvent(EventType type, EventStatus status, String date, DatePrecision datePrecision,
                         String locationKey, List<FoundParticipant> participants, List<String> organizationKeys,
                         List<Topic> topics, double confidence, Span evidence, Span dateSpan, Span locationSpan) {}
