package de.globallokal.support.outbox;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import java.util.UUID;
import org.bson.Document;
import tools.jackson.core.JacksonException;

/**
 * One pending record inside an aggregate document.
 *
 * @param payload the serialised envelope, or null for a tombstone that lets compaction
 * forget a deleted aggregate
 */
public record OutboxEntry(String id, long version, String payload) {

    static final String FIELD = "outbox";

    public static OutboxEntry of(EventEnvelope envelope) {
        try {
            return new OutboxEntry(envelope.id(), envelope.aggregateversion(),
                    Json.strict().writeValueAsString(envelope));
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("envelope cannot be written as JSON", e);
        }
    }

    public static OutboxEntry tombstone(long version) {
        return new OutboxEntry(UUID.randomUUID().toString(), version, null);
    }

    public Document toDocument() {
        return new Document("id", id).append("version", version).append("payload", payload);
    }

    static OutboxEntry fromDocument(Document document) {
        Number version = document.get("version", Number.class);
        return new OutboxEntry(document.getString("id"), version.longValue(), document.getString("payload"));
    }
}
