package de.globallokal.support.outbox;

import de.globallokal.core.event.EventEnvelope;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One version of an aggregate for the audit trail: who, when, what kind of change, which
 * fields.
 */
public record HistoryEntry(long version, String type, String actor, Instant time, List<String> changedFields) {

    static HistoryEntry of(EventEnvelope envelope) {
        return new HistoryEntry(envelope.aggregateversion(), envelope.type(), envelope.actor(), envelope.time(),
                envelope.changedfields() == null ? List.of() : envelope.changedfields());
    }

    Document toDocument() {
        return new Document("version", version).append("type", type)
            .append("actor", actor)
            .append("time", Date.from(time))
            .append("changedFields", changedFields);
    }

    static HistoryEntry fromDocument(Document document) {
        return new HistoryEntry(document.get("version", Number.class).longValue(), document.getString("type"),
                document.getString("actor"), document.getDate("time").toInstant(),
                document.getList("changedFields", String.class, List.of()));
    }
}
