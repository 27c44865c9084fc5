package de.globallokal.partnerships.partnership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.outbox.OutboxEntry;
import de.globallokal.support.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps partnerships in this service's own database. Each change is one single-document
 * write holding the new state, the next version and the envelope to publish.
 */
@Component
public class PartnershipStore {

    public static final String COLLECTION = "partnerships";
    static final String SOURCE = "partnerships-service";
    private static final int MAX_SLUG_ATTEMPTS = 50;

    private final MongoCollection<Document> collection;
    private final OutboxRelay relay;
    private final Clock clock;

    PartnershipStore(MongoTemplate mongo, OutboxRelay relay) {
        this.collection = mongo.getCollection(COLLECTION);
        this.relay = relay;
        this.clock = Clock.systemUTC();
        collection.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
    }

    StoredPartnership create(PartnershipInput input, String actor) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String baseSlug = Slugs.of(input.partner().name());
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            Partnership state = new Partnership(id, Slugs.withSuffix(baseSlug, attempt), input.partner(),
                    input.kind(), input.since(), input.status(), input.statusReason(), input.description(),
                    input.sdgs(), now, now);
            try {
                OutboxEntry entry = OutboxEntry.of(upserted(state, actor));
                collection.insertOne(newDocument(state, entry));
                relay.written(id, entry);
                return new StoredPartnership(state, 1);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free slug for " + baseSlug);
    }

    Optional<StoredPartnership> find(String id) {
        return Optional.ofNullable(collection.find(new Document("_id", id)).first()).map(PartnershipStore::stored);
    }

    List<StoredPartnership> list(int page, int size) {
        List<StoredPartnership> result = new ArrayList<>();
        Iterator<Document> documents = collection.find().sort(Sorts.ascending("slug"))
                .skip(page * size).limit(size).iterator();
        documents.forEachRemaining(d -> result.add(stored(d)));
        return result;
    }

    long count() {
        return collection.countDocuments();
    }

    private static EventEnvelope upserted(Partnership state, String actor) {
        return EventEnvelope.create(SOURCE, EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP, state.id(),
                1, actor, ChangedFields.present(state), Json.strict().valueToTree(state), state.modified());
    }

    private static Document newDocument(Partnership state, OutboxEntry entry) {
        return new Document("_id", state.id())
                .append("version", 1L)
                .append("slug", state.slug())
                .append("state", toDocument(state))
                .append("outbox", List.of(entry.toDocument()));
    }

    private static Document toDocument(Partnership state) {
        try {
            return Document.parse(Json.strict().writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static StoredPartnership stored(Document document) {
        try {
            Partnership state = Json.tolerant().readValue(document.get("state", Document.class).toJson(),
                    Partnership.class);
            return new StoredPartnership(state, document.get("version", Number.class).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored partnership " + document.get("_id") + " is unreadable", e);
        }
    }
}
