package de.globallokal.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Publishes the pending envelopes of one collection to one topic, then pulls them.
 *
 * <p>
 * Only the instance holding the collection's {@link OutboxLease} publishes, so versions
 * reach the topic in order per key however many instances write. The store names each
 * aggregate right after its write ({@link #written}); the holder then publishes every
 * entry that aggregate still has, oldest version first, and an instance without the lease
 * nudges the holder instead. A sweep over the collection finds what is left over: on
 * taking the lease (a crash between write and publish), after any failed publish (Kafka
 * away; retried every {@code retryInterval} until it works) and every
 * {@code sweepInterval} as a safety net. A crash between publish and pull publishes
 * again; consumers drop the copy because its version is not newer.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final Bson PENDING = Filters.exists(OutboxEntry.FIELD + ".id");

    private static final int DOCUMENTS_PER_SWEEP = 200;

    private final MongoCollection<Document> collection;

    private final String topic;

    private final KafkaTemplate<String, String> kafka;

    private final Duration retryInterval;

    private final Duration sweepInterval;

    private final Duration sendTimeout;

    private final OutboxLease lease;

    private final Queue<Object> handedOver = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean runQueued = new AtomicBoolean();

    private final AtomicLong published = new AtomicLong();

    private volatile boolean sweepNeeded = true;

    private volatile boolean failing;

    private volatile boolean holding;

    private volatile long nextSweepNanos;

    private ScheduledExecutorService executor;

    public OutboxRelay(MongoCollection<Document> collection, String topic, KafkaTemplate<String, String> kafka,
            Duration retryInterval, Duration sweepInterval, Duration sendTimeout, OutboxLease lease) {
        this.collection = collection;
        this.lease = lease;
        this.topic = topic;
        this.kafka = kafka;
        this.retryInterval = retryInterval;
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Names an aggregate that was just written with new entries; aggregates named
     * together go out in one batch.
     */
    public void written(Object aggregateId) {
        handedOver.add(aggregateId);
        ScheduledExecutorService current = executor;
        if (current != null && runQueued.compareAndSet(false, true)) {
            current.execute(() -> {
                runQueued.set(false);
                publishHandedOver();
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

    /** The collection this relay drains. */
    public String name() {
        return collection.getNamespace().getCollectionName();
    }

    /**
     * Publishes everything pending in the collection; returns the number of records sent.
     */
    public int sweep() throws Exception {
        int sent = 0;
        while (true) {
            List<Document> documents = collection.find(PENDING).limit(DOCUMENTS_PER_SWEEP).into(new ArrayList<>());
            List<Pending> batch = pendingOf(documents);
            publish(batch);
            sent += batch.size();
            if (documents.size() < DOCUMENTS_PER_SWEEP) {
                return sent;
            }
        }
    }

    /**
     * Whether this instance holds the lease and publishes; the others leave it to the
     * holder.
     */
    public boolean publishing() {
        return holding;
    }

    /** Who publishes this collection now ({@code ""} while nobody holds the lease). */
    public String publisher() {
        return lease.holder();
    }

    private void publishHandedOver() {
        Set<Object> written = new LinkedHashSet<>();
        for (Object id = handedOver.poll(); id != null; id = handedOver.poll()) {
            written.add(id);
        }
        if (written.isEmpty()) {
            return;
        }
        if (!holdLease()) {
            nudgeQuietly();
            return;
        }
        if (sweepNeeded) {
            // older entries may wait; the sweep sends them and these in version order
            sweepQuietly();
            return;
        }
        try {
            // read back rather than trust the hand-over: another instance may have added
            // older entries to the same aggregate that must go out first
            // by _id alone: the MongoDB-wire server answers any further condition with a
            // scan (DD004); a document already pulled has no entries
            publish(pendingOf(collection.find(Filters.in("_id", written)).into(new ArrayList<>())));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (Exception e) {
            sweepNeeded = true;
            noteFailure(e);
        }
    }

    private static List<Pending> pendingOf(List<Document> documents) {
        List<Pending> batch = new ArrayList<>();
        for (Document document : documents) {
            document.getList(OutboxEntry.FIELD, Document.class, List.of())
                .forEach(entry -> batch.add(new Pending(document.get("_id"), OutboxEntry.fromDocument(entry))));
        }
        return batch;
    }

    private void publish(List<Pending> batch) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(Comparator.comparing((Pending p) -> String.valueOf(p.aggregateId()))
            .thenComparingLong(p -> p.entry().version()));
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            acks.add(kafka.send(topic, String.valueOf(pending.aggregateId()), pending.entry().payload()));
        }
        for (CompletableFuture<?> ack : acks) {
            ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        // one write pulls the whole batch; $in on _id is answered from the index
        List<Object> aggregates = batch.stream().map(Pending::aggregateId).distinct().toList();
        List<String> entries = batch.stream().map(p -> p.entry().id()).toList();
        collection.updateMany(new Document("_id", new Document("$in", aggregates)),
                Updates.pull(OutboxEntry.FIELD, Filters.in("id", entries)));
        published.addAndGet(batch.size());
    }

    private void tick() {
        if (!holdLease()) {
            if (!handedOver.isEmpty()) {
                handedOver.clear();
                nudgeQuietly();
            }
            return;
        }
        if (sweepNeeded || System.nanoTime() - nextSweepNanos >= 0 || nudgedQuietly()) {
            sweepQuietly();
        }
    }

    private boolean holdLease() {
        boolean held;
        try {
            held = lease.holdsFor(sendTimeout);
        }
        catch (RuntimeException e) {
            held = false; // the database is away: nobody publishes what cannot be pulled
            noteFailure(e);
        }
        if (held && !holding) {
            sweepNeeded = true; // the last holder may have left entries behind
            log.info("Outbox relay to {} publishes {} as {}", topic, name(), lease.me());
        }
        holding = held;
        return held;
    }

    private void nudgeQuietly() {
        try {
            lease.nudge();
        }
        catch (RuntimeException e) {
            noteFailure(e); // the holder's safety sweep finds the entries
        }
    }

    private boolean nudgedQuietly() {
        try {
            return lease.nudged();
        }
        catch (RuntimeException e) {
            noteFailure(e);
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            int sent = sweep();
            sweepNeeded = false;
            nextSweepNanos = System.nanoTime() + sweepInterval.toNanos();
            if (failing) {
                failing = false;
                log.info("Outbox relay to {} works again; {} waiting records sent", topic, sent);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (Exception e) {
            sweepNeeded = true;
            noteFailure(e);
        }
    }

    private void noteFailure(Exception e) {
        if (!failing) {
            failing = true; // log once per outage, not once per retry
            log.warn("Outbox relay to {} cannot publish; writes are kept and retried every {}: {}", topic,
                    retryInterval, e.toString());
        }
    }

    private record Pending(Object aggregateId, OutboxEntry entry) {
    }

    @Override
    public void start() {
        executor = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-relay-" + name()).factory());
        executor.scheduleWithFixedDelay(this::tick, 0, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
            try {
                if (current.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS) && holding) {
                    holding = false;
                    lease.release();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException e) {
                log.warn("Outbox relay to {} could not hand its lease back; another instance takes over when it "
                        + "runs out: {}", topic, e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

}
