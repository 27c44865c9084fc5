package de.globallokal.support.outbox;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.support.divergence.AggregateVersion;
import de.globallokal.support.paging.Paging;
import de.globallokal.support.tracing.TraceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One owning service's collection of one aggregate type. Each document is {@code {_id,
 * version, state, outbox, ...lookup fields}}; every change is a single-document write
 * that also carries the envelope to publish (DD001).
 */
public class AggregateCollection<T> {

    static final String HISTORY = "history";

    private static final Bson NOT_DELETED = new Document("deleted", new Document("$ne", true));

    private final MongoCollection<Document> collection;

    private final OutboxRelay relay;

    private final Class<T> type;

    private final String source;

    private final String aggregateType;

    private final TraceContext trace;

    /**
     * @param trace names the trace of the request making a change in its envelope
     */
    public AggregateCollection(MongoCollection<Document> collection, OutboxRelay relay, Class<T> type, String source,
            String aggregateType, TraceContext trace) {
        this.collection = collection;
        this.trace = trace;
        this.relay = relay;
        this.type = type;
        this.source = source;
        this.aggregateType = aggregateType;
    }

    public MongoCollection<Document> mongo() {
        return collection;
    }

    public String aggregateType() {
        return aggregateType;
    }

    /**
     * Where every aggregate stands, deleted ones included: what copies are checked
     * against.
     */
    public List<AggregateVersion> versions() {
        return AggregateVersion.of(collection);
    }

    /** The change topic this collection's outbox publishes to. */
    public String topic() {
        return relay.topic();
    }

    /**
     * Publishes every aggregate again as a new version of its current state (a deleted
     * one as a new deletion), which heals any copy whatever it missed or kept too long:
     * the version guard takes the higher version everywhere. A change made meanwhile
     * wins; that aggregate is then taken at its new version.
     * @param carried the highest version the topic carried per aggregate of this type:
     * after a restore from an older backup the new version goes above it, and an
     * aggregate the topic carried that this collection no longer has is published as
     * deleted
     * @return how many aggregates were published again
     */
    public int republish(Instant time, String actor, Map<String, Long> carried) {
        int count = 0;
        Set<String> owned = new HashSet<>();
        for (AggregateVersion known : versions()) {
            owned.add(known.id());
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    republish(known.id(), carried.getOrDefault(known.id(), 0L), time, actor);
                    count++;
                    break;
                }
                catch (VersionConflictException e) {
                    // changed between reading and writing: read it again
                }
            }
        }
        for (Map.Entry<String, Long> gone : carried.entrySet()) {
            if (!owned.contains(gone.getKey()) && forget(gone.getKey(), gone.getValue() + 1, time, actor)) {
                count++;
            }
        }
        return count;
    }

    private void republish(String id, long carried, Instant time, String actor) {
        Document current = collection.find(Filters.eq("_id", id)).first();
        if (current == null) {
            return;
        }
        long version = current.get("version", Number.class).longValue();
        long next = Math.max(version, carried) + 1;
        if (!current.getBoolean("deleted", false)) {
            replaceAt(id, version, next, stored(current).state(), time, EventTypes.upserted(aggregateType), actor,
                    new Document(), null);
            return;
        }
        EventEnvelope envelope = envelope(EventTypes.deleted(aggregateType), id, next, actor, null, null, time);
        UpdateResult result = collection
            .updateOne(new Document("_id", id).append("version", version).append("deleted", true),
                    Updates.combine(Updates.set("version", next),
                            Updates.pushEach(OutboxEntry.FIELD, deletion(envelope)),
                            Updates.push(HISTORY, HistoryEntry.of(envelope).toDocument())));
        if (result.getMatchedCount() == 0) {
            throw new VersionConflictException(id, version, null);
        }
        relay.written(id);
    }

    /**
     * Keeps an aggregate the topic carried but this collection lost (restored from a
     * backup older than it) as deleted at {@code version}, and publishes that deletion.
     * @return false when it exists after all (written meanwhile)
     */
    private boolean forget(String id, long version, Instant time, String actor) {
        EventEnvelope envelope = envelope(EventTypes.deleted(aggregateType), id, version, actor, null, null, time);
        Document document = new Document("_id", id).append("version", version)
            .append("deleted", true)
            .append(OutboxEntry.FIELD, deletion(envelope))
            .append(HISTORY, List.of(HistoryEntry.of(envelope).toDocument()));
        try {
            collection.insertOne(document);
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        relay.written(id);
        return true;
    }

    /**
     * Stores version 1 of a new aggregate together with its upsert event.
     * @param lookup extra top-level fields for unique indexes or queries (e.g. a slug);
     * may be empty
     * @throws com.mongodb.MongoWriteException on a duplicate key, nothing stored
     */
    public Stored<T> insertFirst(String id, T state, Instant time, String upsertType, String actor, Document lookup) {
        JsonNode data = Json.strict().valueToTree(state);
        EventEnvelope envelope = envelope(upsertType, id, 1, actor, ChangedFields.present(state), data, time);
        OutboxEntry entry = OutboxEntry.of(envelope);
        Document document = new Document("_id", id).append("version", 1L);
        lookup.forEach(document::append);
        document.append("state", Document.parse(data.toString()))
            .append(OutboxEntry.FIELD, List.of(entry.toDocument()))
            .append(HISTORY, List.of(HistoryEntry.of(envelope).toDocument()));
        collection.insertOne(document);
        relay.written(id);
        return new Stored<>(state, 1);
    }

    /**
     * Replaces the state of an aggregate if it still has the expected version, raising
     * the version and queuing the upsert event in the same single-document update.
     * @throws VersionConflictException when the aggregate is gone or has another version;
     * nothing stored
     */
    public Stored<T> replace(String id, long expectedVersion, T state, Instant time, String upsertType, String actor,
            Document lookup) {
        return replaceAt(id, expectedVersion, expectedVersion + 1, state, time, upsertType, actor, lookup, null);
    }

    /**
     * As {@link #replace(String, long, Object, Instant, String, String, Document)}, with
     * the audit trail naming the part that changed more closely than a top-level field (a
     * measure's notes rather than the whole programme).
     */
    public Stored<T> replace(String id, long expectedVersion, T state, Instant time, String upsertType, String actor,
            Document lookup, String changedPart) {
        return replaceAt(id, expectedVersion, expectedVersion + 1, state, time, upsertType, actor, lookup,
                List.of(changedPart));
    }

    private Stored<T> replaceAt(String id, long expectedVersion, long next, T state, Instant time, String upsertType,
            String actor, Document lookup, List<String> changedParts) {
        Stored<T> current = find(id).orElseThrow(() -> new VersionConflictException(id, expectedVersion, null));
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, current.version());
        }
        JsonNode data = Json.strict().valueToTree(state);
        EventEnvelope envelope = envelope(upsertType, id, next, actor,
                changedParts != null ? changedParts : ChangedFields.between(current.state(), state), data, time);
        OutboxEntry entry = OutboxEntry.of(envelope);
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("state", Document.parse(data.toString())),
                Updates.set("version", next), Updates.push(OutboxEntry.FIELD, entry.toDocument()),
                Updates.push(HISTORY, HistoryEntry.of(envelope).toDocument())));
        lookup.forEach((key, value) -> updates.add(Updates.set(key, value)));
        // the version in the filter makes this a compare-and-set: a concurrent change
        // wins, this one fails
        UpdateResult result = collection.updateOne(
                new Document("_id", id).append("version", expectedVersion).append("deleted", new Document("$ne", true)),
                Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new VersionConflictException(id, expectedVersion, find(id).map(Stored::version).orElse(null));
        }
        relay.written(id);
        return new Stored<>(state, next);
    }

    /**
     * Deletes an aggregate that still has the expected version: its state goes, the
     * document stays as a marker until the deleted event and the tombstone that follows
     * it are published.
     */
    public void delete(String id, long expectedVersion, Instant time, String deletedType, String actor) {
        long next = expectedVersion + 1;
        EventEnvelope envelope = envelope(deletedType, id, next, actor, null, null, time);
        UpdateResult result = collection.updateOne(
                new Document("_id", id).append("version", expectedVersion).append("deleted", new Document("$ne", true)),
                Updates.combine(Updates.unset("state"), Updates.set("deleted", true), Updates.set("version", next),
                        Updates.pushEach(OutboxEntry.FIELD, deletion(envelope)),
                        Updates.push(HISTORY, HistoryEntry.of(envelope).toDocument())));
        if (result.getMatchedCount() == 0) {
            throw new VersionConflictException(id, expectedVersion, find(id).map(Stored::version).orElse(null));
        }
        relay.written(id);
    }

    /**
     * An envelope of this collection's aggregate type, in the trace of the current
     * request.
     */
    private EventEnvelope envelope(String type, String id, long version, String actor, List<String> changedFields,
            JsonNode data, Instant time) {
        return EventEnvelope.create(source, type, aggregateType, id, version, actor, changedFields, data, time)
            .withTraceparent(trace.current());
    }

    /**
     * The outbox entries of a deletion: its envelope, then the tombstone for compaction.
     */
    private static List<Document> deletion(EventEnvelope deleted) {
        return List.of(OutboxEntry.of(deleted).toDocument(),
                OutboxEntry.tombstone(deleted.aggregateversion()).toDocument());
    }

    /**
     * Every version with who made it, when and what it changed; also for deleted
     * aggregates.
     */
    public Optional<List<HistoryEntry>> history(String id) {
        return Optional
            .ofNullable(collection.find(new Document("_id", id)).projection(new Document(HISTORY, 1)).first())
            .map(document -> document.getList(HISTORY, Document.class, List.of())
                .stream()
                .map(HistoryEntry::fromDocument)
                .toList());
    }

    /** The current state, unless the aggregate does not exist or was deleted. */
    public Optional<Stored<T>> find(String id) {
        return Optional.ofNullable(collection.find(new Document("_id", id)).first())
            .filter(document -> !document.getBoolean("deleted", false))
            .map(this::stored);
    }

    public List<Stored<T>> page(String sortField, int page, int size) {
        return page(List.of(), sortField, page, size);
    }

    /**
     * A page of the aggregates that are not deleted and match every filter (on
     * {@code state.*} fields).
     */
    public List<Stored<T>> page(List<Bson> filters, String sortField, int page, int size) {
        OptionalInt skip = Paging.skip(page, size);
        if (skip.isEmpty()) {
            return List.of();
        }
        return collection.find(matching(filters))
            .sort(Sorts.ascending(sortField, "_id"))
            .skip(skip.getAsInt())
            .limit(size)
            .map(this::stored)
            .into(new ArrayList<>());
    }

    public long count() {
        return count(List.of());
    }

    public long count(List<Bson> filters) {
        return collection.countDocuments(matching(filters));
    }

    private static Bson matching(List<Bson> filters) {
        List<Bson> all = new ArrayList<>(filters);
        all.add(NOT_DELETED);
        return Filters.and(all);
    }

    private Stored<T> stored(Document document) {
        try {
            T state = Json.tolerant().readValue(document.get("state", Document.class).toJson(), type);
            return new Stored<>(state, document.get("version", Number.class).longValue());
        }
        catch (JacksonException e) {
            throw new IllegalStateException("stored " + aggregateType + " " + document.get("_id") + " is unreadable",
                    e);
        }
    }

    /**
     * An aggregate's state with the version an update must name in If-Match; written flat
     * as JSON.
     */
    public record Stored<T>(@JsonUnwrapped T state, long version) {
    }

}
