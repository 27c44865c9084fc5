package de.globallokal.webui.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.globallokal.support.projection.ReadModelChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries the live feed between web-ui's instances: each instance applies only the
 * changes of the partitions it holds, yet every open dashboard shows every change. What
 * this instance applied is written, one document per {@code interval}, to
 * {@code live_changes} in the read models' database; what the others wrote there is read
 * back and handed to this instance's {@link LiveFeed}. The documents are kept for
 * {@link #KEPT}, enough for an instance that paused a moment, and the collection stays a
 * handful of documents long.
 */
@Component
class SharedLiveFeed implements SmartLifecycle {

    static final String COLLECTION = "live_changes";

    static final Duration KEPT = Duration.ofSeconds(30);

    private static final Duration PURGE_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SharedLiveFeed.class);

    private final MongoCollection<Document> shared;

    private final LiveFeed feed;

    private final Clock clock;

    private final Duration interval;

    private final String instance = UUID.randomUUID().toString();

    private final Queue<Document> outgoing = new ConcurrentLinkedQueue<>();

    private final Map<ObjectId, Instant> seen = new ConcurrentHashMap<>();

    private volatile boolean failing;

    private Instant nextPurge = Instant.MIN;

    private ScheduledExecutorService executor;

    SharedLiveFeed(MongoTemplate mongo, LiveFeed feed, Clock clock,
            @Value("${globallokal.live-feed.interval:500ms}") Duration interval) {
        this.shared = mongo.getCollection(COLLECTION);
        this.feed = feed;
        this.clock = clock;
        this.interval = interval;
    }

    @EventListener
    void on(ReadModelChanged changed) {
        outgoing.add(new Document("type", changed.aggregateType()).append("id", changed.id())
            .append("version", changed.version())
            .append("deleted", changed.deleted()));
    }

    /** One round: send what was applied here, take what the others applied. */
    void exchange() {
        try {
            send();
            receive();
            failing = false;
        }
        catch (RuntimeException e) {
            if (!failing) {
                failing = true; // once per outage: the read models stay right, only
                                // dashboards lag
                log.warn("The live feed cannot reach the other instances: {}", e.toString());
            }
        }
    }

    private void send() {
        List<Document> changes = new ArrayList<>();
        for (Document change = outgoing.poll(); change != null; change = outgoing.poll()) {
            changes.add(change);
        }
        if (!changes.isEmpty()) {
            shared.insertOne(new Document("_id", new ObjectId()).append("from", instance)
                .append("at", Date.from(clock.instant()))
                .append("changes", changes));
        }
    }

    private void receive() {
        Instant now = clock.instant();
        Instant horizon = now.minus(KEPT);
        // a delete scans the collection on the MongoDB-wire server: now and then is
        // enough
        if (!now.isBefore(nextPurge)) {
            shared.deleteMany(Filters.lt("at", Date.from(horizon)));
            seen.values().removeIf(at -> at.isBefore(horizon.minus(KEPT)));
            nextPurge = now.plus(PURGE_EVERY);
        }
        // ids first: the bodies of the batches already handed on are not read again
        List<ObjectId> unseen = new ArrayList<>();
        for (Document batch : shared.find(Filters.ne("from", instance)).projection(new Document("_id", 1))) {
            if (!seen.containsKey(batch.getObjectId("_id"))) {
                unseen.add(batch.getObjectId("_id"));
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        for (Document batch : shared.find(Filters.in("_id", unseen)).sort(Sorts.ascending("at"))) {
            seen.put(batch.getObjectId("_id"), now);
            for (Document change : batch.getList("changes", Document.class)) {
                feed.deliver(new LiveFeed.Change(now, change.getString("type"), change.getString("id"),
                        change.get("version", Number.class).longValue(), change.getBoolean("deleted", false)));
            }
        }
    }

    @Override
    public void start() {
        try {
            // what the others wrote before this instance started is old news
            shared.find(Filters.ne("from", instance))
                .projection(new Document("_id", 1))
                .forEach(batch -> seen.put(batch.getObjectId("_id"), clock.instant()));
        }
        catch (RuntimeException e) {
            log.warn("The live feed starts without knowing what the other instances sent: {}", e.toString());
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-feed").factory());
        executor.scheduleWithFixedDelay(this::exchange, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

}
