package de.globallokal.support.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import de.globallokal.support.divergence.AggregateVersion;
import de.globallokal.support.paging.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.core.JacksonException;

/**
 * web-ui's own copy of one aggregate type, built only from events: {@code {_id, version,
 * modified, projected, deleted, data}}. A change is applied only when its version is
 * above the stored one, so duplicates and late arrivals change nothing. Deleted
 * aggregates stay as tombstones for open-data clients that sync by date.
 *
 * <p>
 * The documents live in the collection the model is named after until a rebuild makes a
 * new generation ({@code <name>_g<n>}) and switches to it (DD013); every instance finds
 * the current one in {@code read_model_generations}, asked again at most every
 * {@link #GENERATION_CHECK}.
 */
public class VersionedReadModel<T> {

    /**
     * How long an instance keeps using a generation without asking whether it changed.
     */
    static final Duration GENERATION_CHECK = Duration.ofMillis(500);

    static final String GENERATIONS = "read_model_generations";

    private final MongoDatabase database;

    private final String name;

    private final MongoCollection<Document> generations;

    private volatile MongoCollection<Document> collection;

    private volatile long generationCheckedAt = System.nanoTime() - GENERATION_CHECK.toNanos();

    private final Class<T> type;

    private final String aggregateType;

    private final String sortField;

    /**
     * @param name the collection's name; a rebuild's generations are named after it
     */
    protected VersionedReadModel(MongoDatabase database, String name, Class<T> type, String aggregateType,
            String sortField) {
        this.database = database;
        this.name = name;
        this.generations = database.getCollection(GENERATIONS);
        this.collection = database.getCollection(name);
        this.type = type;
        this.aggregateType = aggregateType;
        this.sortField = sortField;
    }

    /**
     * Where every aggregate stands here, tombstones included, to compare with its owner.
     */
    public List<AggregateVersion> versions() {
        return AggregateVersion.of(collection());
    }

    public String aggregateType() {
        return aggregateType;
    }

    /** The current generation's collection. */
    protected MongoCollection<Document> collection() {
        long now = System.nanoTime();
        if (now - generationCheckedAt >= GENERATION_CHECK.toNanos()) {
            Document current = generations.find(Filters.eq("_id", name)).first();
            String named = current == null ? name : current.getString("collection");
            if (!named.equals(collection.getNamespace().getCollectionName())) {
                collection = database.getCollection(named);
            }
            generationCheckedAt = now;
        }
        return collection;
    }

    /** The name of the collection that holds the documents now. */
    public String collectionName() {
        return collection().getNamespace().getCollectionName();
    }

    /** A new, empty generation for a rebuild to fill; not yet what anyone reads. */
    MongoCollection<Document> newGeneration() {
        Document current = generations.find(Filters.eq("_id", name)).first();
        long next = (current == null ? 0 : current.get("generation", Number.class).longValue()) + 1;
        MongoCollection<Document> fresh = database.getCollection(name + "_g" + next);
        fresh.drop(); // left over by a rebuild that did not finish
        return fresh;
    }

    /**
     * Makes {@code fresh} the generation every instance reads and writes.
     * @return the collection that was current until now
     */
    MongoCollection<Document> switchTo(MongoCollection<Document> fresh) {
        MongoCollection<Document> old = collection();
        String named = fresh.getNamespace().getCollectionName();
        long generation = Long.parseLong(named.substring(named.lastIndexOf("_g") + 2));
        generations.replaceOne(Filters.eq("_id", name),
                new Document("_id", name).append("collection", named).append("generation", generation),
                new ReplaceOptions().upsert(true));
        collection = fresh;
        generationCheckedAt = System.nanoTime();
        return old;
    }

    /**
     * Applies one event; returns false when it was stale (already applied or overtaken).
     */
    public boolean apply(EventEnvelope envelope) {
        return !applyAll(List.of(envelope)).isEmpty();
    }

    /**
     * Applies a batch of events: only the newest version per aggregate counts, and only
     * if it is newer than the stored one. The stored versions are read with one
     * {@code $in} on {@code _id}, the writes go out as one unordered bulk write keyed by
     * {@code _id} alone (see DD004 for why the version is not part of the write's
     * filter).
     * @return the events that changed the read model (stale ones are left out)
     */
    public List<EventEnvelope> applyAll(List<EventEnvelope> envelopes) {
        return applyAll(collection(), envelopes);
    }

    /** As {@link #applyAll(List)}, into a given generation. */
    static List<EventEnvelope> applyAll(MongoCollection<Document> collection, List<EventEnvelope> envelopes) {
        Map<String, EventEnvelope> newest = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            newest.merge(envelope.subject(), envelope, (a, b) -> a.aggregateversion() >= b.aggregateversion() ? a : b);
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<String, Long> stored = new HashMap<>();
        collection.find(new Document("_id", new Document("$in", new ArrayList<>(newest.keySet()))))
            .projection(new Document("version", 1))
            .forEach(d -> stored.put(d.getString("_id"), d.get("version", Number.class).longValue()));

        List<WriteModel<Document>> writes = new ArrayList<>();
        List<EventEnvelope> applied = new ArrayList<>();
        for (EventEnvelope envelope : newest.values()) {
            Long current = stored.get(envelope.subject());
            if (current == null) {
                writes.add(new InsertOneModel<>(document(envelope)));
            }
            else if (current < envelope.aggregateversion()) {
                writes.add(new ReplaceOneModel<>(new Document("_id", envelope.subject()), document(envelope)));
            }
            else {
                continue; // a duplicate or an overtaken delivery
            }
            applied.add(envelope);
        }
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        return applied;
    }

    /** The stored entry, a tombstone included. */
    public Optional<Entry<T>> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first()).map(this::entry);
    }

    /** The entry if it exists and is not deleted: what a reference to it may show. */
    public Optional<Entry<T>> findCurrent(String id) {
        return find(id).filter(entry -> !entry.deleted());
    }

    /**
     * The one current (not deleted) entry whose {@code data.<field>} has this value, e.g.
     * a slug.
     */
    protected Optional<Entry<T>> findCurrentBy(String field, Object value) {
        return Optional
            .ofNullable(collection().find(Filters.and(Filters.eq("data." + field, value), Filters.eq("deleted", false)))
                .first())
            .map(this::entry);
    }

    /** Everything not deleted, in its natural order. */
    public List<Entry<T>> current() {
        return collection().find(Filters.eq("deleted", false))
            .sort(Sorts.ascending(sortField, "_id"))
            .map(this::entry)
            .into(new ArrayList<>());
    }

    /**
     * A page for the open-data API; with a date, tombstones included and sorted by
     * modification.
     */
    public List<Entry<T>> page(Instant modifiedSince, int page, int size) {
        return page(null, modifiedSince, page, size);
    }

    /**
     * As {@link #page(Instant, int, int)}, narrowed by a filter on the stored document
     * (null for none).
     */
    public List<Entry<T>> page(Bson narrower, Instant modifiedSince, int page, int size) {
        OptionalInt skip = Paging.skip(page, size);
        if (skip.isEmpty()) {
            return List.of();
        }
        return collection().find(narrowed(narrower, filter(modifiedSince)))
            .sort(modifiedSince == null ? Sorts.ascending(sortField, "_id") : Sorts.ascending("modified", "_id"))
            .skip(skip.getAsInt())
            .limit(size)
            .map(this::entry)
            .into(new ArrayList<>());
    }

    public long count(Instant modifiedSince) {
        return count(null, modifiedSince);
    }

    public long count(Bson narrower, Instant modifiedSince) {
        return collection().countDocuments(narrowed(narrower, filter(modifiedSince)));
    }

    private static Bson narrowed(Bson narrower, Bson filter) {
        return narrower == null ? filter : Filters.and(narrower, filter);
    }

    protected Entry<T> entry(Document document) {
        Document data = document.get("data", Document.class);
        T state = null;
        if (data != null) {
            try {
                state = Json.tolerant().readValue(data.toJson(), type);
            }
            catch (JacksonException e) {
                throw new IllegalStateException(aggregateType + " " + document.get("_id") + " is unreadable", e);
            }
        }
        return new Entry<>(document.getString("_id"), document.get("version", Number.class).longValue(),
                document.getDate("modified").toInstant(), document.getBoolean("deleted", false), state);
    }

    private static Bson filter(Instant modifiedSince) {
        return modifiedSince == null ? Filters.eq("deleted", false) : Filters.gte("modified", Date.from(modifiedSince));
    }

    private static Document document(EventEnvelope envelope) {
        // when it became visible here: projection lag for ops and the benchmark
        Date projected = new Date();
        Document document = new Document("_id", envelope.subject()).append("version", envelope.aggregateversion())
            .append("modified", envelope.time() == null ? projected : Date.from(envelope.time()))
            .append("deleted", envelope.isDeletion())
            .append("projected", projected);
        if (!envelope.isDeletion()) {
            document.append("data", Document.parse(envelope.data().toString()));
        }
        return document;
    }

    /** One stored aggregate, or its tombstone when {@code deleted}. */
    public record Entry<T>(String id, long version, Instant modified, boolean deleted, T state) {
    }

}
