package de.globallokal.webui.partnerships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.Partnership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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

    /** Applies an event; returns false when it was stale (already applied or overtaken). */
    public boolean apply(EventEnvelope envelope) {
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
        try {
            collection.replaceOne(newer, document, new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // a document with this id and a version at least as high exists
            }
            throw e;
        }
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
