package de.globallokal.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 structured JSON envelope. {@code data} carries the full current state
 * of the aggregate (event-carried state transfer), never a diff, so a consumer needs no
 * other source to build its view.
 *
 * @param aggregateversion rises by one with every change of the aggregate; consumers keep
 * the highest they have applied and drop anything not above it
 * @param actor who made the change (a staff login or a system name)
 * @param changedfields names of the top-level fields this change touched (audit)
 * @param traceparent the W3C trace context of the request that made the change
 * (CloudEvents' distributed tracing extension), so its consumers continue that trace;
 * absent when the change was made outside a trace
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String specversion, String id, String source, String type, String subject, Instant time,
        String datacontenttype, String aggregatetype, long aggregateversion, String actor, List<String> changedfields,
        String traceparent, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        changedfields = changedfields == null ? null : List.copyOf(changedfields);
    }

    /** A new envelope with a fresh id, the current spec version and JSON content. */
    public static EventEnvelope create(String source, String type, String aggregateType, String aggregateId,
            long version, String actor, List<String> changedFields, JsonNode data, Instant time) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type, aggregateId, time, JSON,
                aggregateType, version, actor, changedFields, null, data);
    }

    /** This envelope as part of the trace {@code traceparent} names (null: none). */
    public EventEnvelope withTraceparent(String traceparent) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype, aggregatetype,
                aggregateversion, actor, changedfields, traceparent, data);
    }

    @JsonIgnore
    public boolean isDeletion() {
        return EventTypes.isDeletion(type);
    }
}
