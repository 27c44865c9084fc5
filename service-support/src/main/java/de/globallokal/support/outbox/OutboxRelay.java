package de.globallokal.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the pending envelopes of one collection to one topic. Woken after each write
 * and on a timer, so a write made while Kafka is away goes out once Kafka returns.
 * A crash between publish and pull publishes again; consumers drop the copy by version.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Bson PENDING = Filters.exists(OutboxEntry.FIELD + ".id");
    private static final int DOCUMENTS_PER_ROUND = 200;

    private final MongoCollection<Document> collection;
    private final String topic;
    private final KafkaTemplate<String, String> kafka;
    private final Duration interval;
    private final Duration sendTimeout;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong published = new AtomicLong();
    private ScheduledExecutorService executor;

    public OutboxRelay(MongoCollection<Document> collection, String topic, KafkaTemplate<String, String> kafka,
            Duration interval, Duration sendTimeout) {
        this.collection = collection;
        this.topic = topic;
        this.kafka = kafka;
        this.interval = interval;
        this.sendTimeout = sendTimeout;
    }

    /** Asks for a drain soon; many wakes while one is queued collapse into one. */
    public void wake() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeQueued.compareAndSet(false, true)) {
            current.execute(() -> {
                wakeQueued.set(false);
                drainQuietly();
            });
        }
    }

    /** Number of aggregate documents that still hold unpublished envelopes. */
    public long backlog() {
        return collection.countDocuments(PENDING);
    }

    public long publishedCount() {
        return published.get();
    }

    public String topic() {
        return topic;
    }

    /** Publishes everything pending; returns the number of records sent. Visible for tests. */
    public int drain() throws Exception {
        int sent = 0;
        while (true) {
            List<Document> documents = collection.find(PENDING).limit(DOCUMENTS_PER_ROUND).into(new ArrayList<>());
            if (documents.isEmpty()) {
                return sent;
            }
            sent += publish(documents);
            if (documents.size() < DOCUMENTS_PER_ROUND) {
                return sent;
            }
        }
    }

    private int publish(List<Document> documents) throws Exception {
        List<Pending> inFlight = new ArrayList<>();
        for (Document document : documents) {
            String key = String.valueOf(document.get("_id"));
            document.getList(OutboxEntry.FIELD, Document.class).stream()
                    .map(OutboxEntry::fromDocument)
                    .sorted(Comparator.comparingLong(OutboxEntry::version))
                    .forEach(entry -> inFlight.add(new Pending(document.get("_id"), entry,
                            kafka.send(topic, key, entry.payload()))));
        }
        for (Pending pending : inFlight) {
            pending.result().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (Document document : documents) {
            List<String> ids = inFlight.stream().filter(p -> p.aggregateId().equals(document.get("_id")))
                    .map(p -> p.entry().id()).toList();
            collection.updateOne(Filters.eq("_id", document.get("_id")),
                    Updates.pull(OutboxEntry.FIELD, Filters.in("id", ids)));
        }
        published.addAndGet(inFlight.size());
        return inFlight.size();
    }

    private void drainQuietly() {
        try {
            int sent = drain();
            if (failing.compareAndSet(true, false)) {
                log.info("Outbox relay to {} works again; {} records sent", topic, sent);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Kafka away: keep the entries and try again on the next tick; log once per outage.
            if (failing.compareAndSet(false, true)) {
                log.warn("Outbox relay to {} cannot publish, will retry every {}: {}", topic, interval,
                        e.toString());
            }
        }
    }

    private record Pending(Object aggregateId, OutboxEntry entry, CompletableFuture<?> result) {
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay-" + collection.getNamespace().getCollectionName());
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drainQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
            try {
                current.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
