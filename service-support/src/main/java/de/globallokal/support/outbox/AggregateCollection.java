package de.globallokal.support.outbox;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * One owning service's collection of one aggregate type. Each document is
 * {@code {_id, version, state, outbox, ...lookup fields}}; every change is a single-document
 * write that also carries the envelope to publish (DD001).
 */
public class AggregateCollection<T> {

    private final MongoCollection<Document> collection;
    private final OutboxRelay relay;
    private final Class<T> type;
    private final String source;
    private final String aggregateType;

    public AggregateCollection(MongoCollection<Document> collection, OutboxRelay relay, Class<T> type, String source,
            String aggregateType) {
        this.collection = collection;
        this.relay = relay;
        this.type = type;
        this.source = source;
        this.aggregateType = aggregateType;
    }

    public MongoCollection<Document> mongo() {
        return collection;
    }

    /**
     * Stores version 1 of a new aggregate together with its upsert event.
     *
     * @param lookup extra top-level fields for unique indexes or queries (e.g. a slug); may be empty
     * @throws com.mongodb.MongoWriteException on a duplicate key, nothing stored
     */
    public Stored<T> insertFirst(String id, T state, Instant time, String upsertType, String actor, Document lookup) {
        JsonNode data = Json.strict().valueToTree(state);
        EventEnvelope envelope = EventEnvelope.create(source, upsertType, aggregateType, id, 1, actor,
                ChangedFields.present(state), data, time);
        OutboxEntry entry = OutboxEntry.of(envelope);
        Document document = new Document("_id", id).append("version", 1L);
        lookup.forEach(document::append);
        document.append("state", Document.parse(data.toString()))
                .append(OutboxEntry.FIELD, List.of(entry.toDocument()));
        collection.insertOne(document);
        relay.written(id, entry);
        return new Stored<>(state, 1);
    }

    public Optional<Stored<T>> find(String id) {
        return Optional.ofNullable(collection.find(new Document("_id", id)).first()).map(this::stored);
    }

    public List<Stored<T>> page(String sortField, int page, int size) {
        return collection.find().sort(Sorts.ascending(sortField, "_id")).skip(page * size).limit(size)
                .map(this::stored).into(new ArrayList<>());
    }

    public long count() {
        return collection.countDocuments();
    }

    private Stored<T> stored(Document document) {
        try {
            T state = Json.tolerant().readValue(document.get("state", Document.class).toJson(), type);
            return new Stored<>(state, document.get("version", Number.class).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + aggregateType + " " + document.get("_id") + " is unreadable", e);
        }
    }

    /** An aggregate's state with the version an update must name in If-Match; written flat as JSON. */
    public record Stored<T>(@JsonUnwrapped T state, long version) {
    }
}
