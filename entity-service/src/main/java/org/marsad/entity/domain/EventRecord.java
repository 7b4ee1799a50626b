package org.marsad.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.marsad.entity.extraction.DatePrecision;
import org.marsad.entity.extraction.EventStatus;
import org.marsad.entity.extraction.EventType;
import org.marsad.entity.extraction.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/** A happening in the graph, with who took part, for which organizations, and every article that reports it. */
@Entity
@Table(name = "event")
public class EventRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    public String date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Column(name = "date_from")
    public LocalDate dateFrom;

    @Column(name = "date_to")
    public LocalDate dateTo;

    @Column(name = "location_id")
    public Long locationId;

    public double confidence;

    @ElementCollection
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @BatchSize(size = 100)
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_organization", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "entity_id")
    @BatchSize(size = 100)
    public Set<Long> organizationIds = new LinkedHashSet<>();

    /**
     * A set, not a list: Hibernate adds a new source to a set with one insert, where it would rewrite a list
     * (a bag) whole, every source of the event, on each telling that joins it.
     */
    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @BatchSize(size = 100)
    public Set<Source> sources = new LinkedHashSet<>();

    @Embeddable
    public static class Participant {
        @Column(name = "entity_id", nullable = false)
        public Long entityId;

        public String role;

        protected Participant() {
        }

        public Participant(Long entityId, String role) {
            this.entityId = entityId;
            this.role = role;
        }
    }

    /** Fields a curator set (type, status, date, location): they win over the sources, through re-extraction. */
    @ElementCollection
    @CollectionTable(name = "event_correction", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "value")
    @BatchSize(size = 100)
    public Map<String, String> corrections = new TreeMap<>();

    /**
     * An article reporting the event: the sentence that states it, and what that article says about the
     * event (its reading), from which the event's own fields are recomputed when sources come and go.
     */
    @Embeddable
    public static class Source {
        @Column(name = "article_id", nullable = false)
        public String articleId;

        @Column(name = "start_offset", nullable = false)
        public int start;

        @Column(name = "end_offset", nullable = false)
        public int end;

        @Column(nullable = false)
        public String text;

        @Enumerated(EnumType.STRING)
        @Column(name = "type")
        public EventType type;

        @Enumerated(EnumType.STRING)
        @Column(name = "status")
        public EventStatus status;

        @Column(name = "date")
        public String date;

        @Enumerated(EnumType.STRING)
        @Column(name = "date_precision")
        public DatePrecision datePrecision;

        @Column(name = "location_id")
        public Long locationId;

        /** Entity ids, comma-separated in the article's order (an embeddable cannot hold a collection). */
        @Column(name = "participant_ids", nullable = false)
        public String participantIds = "";

        @Column(name = "organization_ids", nullable = false)
        public String organizationIds = "";

        @Column(name = "topics", nullable = false)
        public String topics = "";

        @Column(name = "confidence")
        public Double confidence;

        /** The words the date was read from (offsets into the article's body), null when none. */
        @Column(name = "date_span_start")
        public Integer dateSpanStart;

        @Column(name = "date_span_end")
        public Integer dateSpanEnd;

        @Column(name = "date_span_text")
        public String dateSpanText;

        /** The words naming the place, null when none. */
        @Column(name = "location_span_start")
        public Integer locationSpanStart;

        @Column(name = "location_span_end")
        public Integer locationSpanEnd;

        @Column(name = "location_span_text")
        public String locationSpanText;

        /** When the article was published (a month-only date: its first and last day), null when unknown. */
        @Column(name = "published_from")
        public LocalDate publishedFrom;

        @Column(name = "published_to")
        public LocalDate publishedTo;

        protected Source() {
        }

        public Source(String articleId, int start, int end, String text) {
            this.articleId = articleId;
            this.start = start;
            this.end = end;
            this.text = text;
        }

        /** A source is the sentence of an article: the table's key with the event. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Source other && articleId.equals(other.articleId) && start == other.start;
        }

        @Override
        public int hashCode() {
            return articleId.hashCode() * 31 + start;
        }

        public List<Long> participants() {
            return ids(participantIds);
        }

        public List<Long> organizations() {
            return ids(organizationIds);
        }

        public List<Topic> topicList() {
            return topics.isEmpty() ? List.of() : java.util.Arrays.stream(topics.split(",")).map(Topic::valueOf).toList();
        }

        /** Whether the source carries its own reading (sources stored before readings existed do not). */
        public boolean hasReading() {
            return type != null;
        }

        public static String join(java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        }

        private static List<Long> ids(String joined) {
            return joined == null || joined.isEmpty() ? List.of() : java.util.Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
        }
    }
}
