package de.globallokal.webui.partnerships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.Partnership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * web-ui's own copy of every partnership, built only from events. A write is applied only
 * when its version is above the stored one, so duplicates and late arrivals change nothing.
 * Deleted partnerships stay as tombstones for open-data clients that sync by date.
 */
@Component
public class PartnershipReadModel {

    static final String COLLECTION = "partnerships";

    private final MongoCollection<Document> collection;

    PartnershipReadModel(MongoTemplate mongo) {
        this.collection = mongo.getCollection(COLLECTION);
    }

    /** Applies one event; returns false when it was stale (already applied or overtaken). */
    public boolean apply(EventEnvelope envelope) {
        return !applyAll(List.of(envelope)).isEmpty();
    }

    /**
     * Applies a batch of events in one unordered bulk write. Within the batch only the
     * newest version per aggregate is written; each write still carries the version guard,
     * so the order in which the database executes them does not matter.
     *
     * @return the events that changed the read model (stale ones are left out)
     */
    public List<EventEnvelope> applyAll(List<EventEnvelope> envelopes) {
        Map<String, EventEnvelope> newest = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            newest.merge(envelope.subject(), envelope,
                    (a, b) -> a.aggregateversion() >= b.aggregateversion() ? a : b);
        }
        List<EventEnvelope> candidates = new ArrayList<>(newest.values());
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<ReplaceOneModel<Document>> writes = candidates.stream().map(PartnershipReadModel::guardedWrite).toList();
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return candidates;
        } catch (MongoBulkWriteException e) {
            Set<Integer> stale = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e; // a real failure: the listener retries the batch and dead-letters what keeps failing
                }
                stale.add(error.getIndex()); // a document with this id and at least this version exists
            }
            List<EventEnvelope> applied = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (!stale.contains(i)) {
                    applied.add(candidates.get(i));
                }
            }
            return applied;
        }
    }

    private static ReplaceOneModel<Document> guardedWrite(EventEnvelope envelope) {
        Document document = new Document("_id", envelope.subject())
                .append("version", envelope.aggregateversion())
                .append("modified", Date.from(envelope.time() == null ? Instant.now() : envelope.time()))
                .append("deleted", envelope.isDeletion())
                .append("projected", new Date()); // when it became visible here: projection lag for ops and the benchmark
        if (!envelope.isDeletion()) {
            document.append("data", Document.parse(envelope.data().toString()));
        }
        // A flat filter, not Filters.and(..): that renders as $and, which the MongoDB-wire
        // server cannot answer from the _id index and so scans the whole collection.
        Bson newer = new Document("_id", envelope.subject())
                .append("version", new Document("$lt", envelope.aggregateversion()));
        return new ReplaceOneModel<>(newer, document, new ReplaceOptions().upsert(true));
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(PartnershipReadModel::entry);
    }

    public Optional<Entry> findBySlug(String slug) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("data.slug", slug),
                Filters.eq("deleted", false))).first()).map(PartnershipReadModel::entry);
    }

    /** Current partnerships sorted by partner name. */
    public List<Entry> current() {
        return collection.find(Filters.eq("deleted", false)).sort(Sorts.ascending("data.partner.name"))
                .map(PartnershipReadModel::entry).into(new ArrayList<>());
    }

    /** A page for the open-data API; with a date, tombstones included and sorted by modification. */
    public List<Entry> page(Instant modifiedSince, int page, int size) {
        return collection.find(filter(modifiedSince))
                .sort(modifiedSince == null ? Sorts.ascending("data.partner.name", "_id")
                        : Sorts.ascending("modified", "_id"))
                .skip(page * size).limit(size)
                .map(PartnershipReadModel::entry).into(new ArrayList<>());
    }

    public long count(Instant modifiedSince) {
        return collection.countDocuments(filter(modifiedSince));
    }

    /** Forgets everything, before a rebuild from the topic. */
    public void drop() {
        collection.deleteMany(new Document());
    }

    private static Bson filter(Instant modifiedSince) {
        return modifiedSince == null ? Filters.eq("deleted", false)
                : Filters.gte("modified", Date.from(modifiedSince));
    }

    private static Entry entry(Document document) {
        Document data = document.get("data", Document.class);
        Partnership partnership = null;
        if (data != null) {
            try {
                partnership = Json.tolerant().readValue(data.toJson(), Partnership.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("read model entry " + document.get("_id") + " is unreadable", e);
            }
        }
        return new Entry(document.getString("_id"), document.get("version", Number.class).longValue(),
                document.getDate("modified").toInstant(), document.getBoolean("deleted", false), partnership);
    }

    /** One stored partnership, or its tombstone when {@code deleted}. */
    public record Entry(String id, long version, Instant modified, boolean deleted, Partnership partnership) {
    }
}
