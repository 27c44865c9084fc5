package de.globallokal.support.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import de.globallokal.core.event.EventEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of the read models of one topic (DD013): a consumer of its own reads every
 * partition from the first offset into a new generation of each read model, whatever
 * partitions this instance's projector holds, while every instance goes on reading and
 * writing the current one. When it has caught up, the new generation becomes current; the
 * rebuild keeps applying the topic to it for {@code handover}, so a change another
 * instance wrote into the old generation just before it noticed the switch is there too,
 * then drops the old one.
 */
public final class TopicRebuild {

    private static final Logger log = LoggerFactory.getLogger(TopicRebuild.class);

    private static final Duration POLL = Duration.ofMillis(500);

    /** Where a rebuild stands. */
    public enum Phase {

        READING, HANDING_OVER, DONE, FAILED

    }

    /**
     * What a rebuild has done so far: records read of those the topic held when it began.
     */
    public record Progress(String topic, Phase phase, long read, long total, Instant started, String error) {

        public boolean running() {
            return phase == Phase.READING || phase == Phase.HANDING_OVER;
        }

    }

    private final TopicProjector projector;

    private final Map<String, Object> consumerConfig;

    private final Duration handover;

    private final Clock clock;

    private final Instant started;

    private final EnvelopeDeserializer envelopes = new EnvelopeDeserializer();

    private final AtomicLong read = new AtomicLong();

    private volatile long total;

    private volatile Phase phase = Phase.READING;

    private volatile String error;

    private volatile KafkaConsumer<String, byte[]> consumer;

    TopicRebuild(TopicProjector projector, Map<String, Object> consumerConfig, Duration handover, Clock clock) {
        this.projector = projector;
        this.consumerConfig = consumerConfig;
        this.handover = handover;
        this.clock = clock;
        this.started = clock.instant();
    }

    public Progress progress() {
        return new Progress(projector.topic(), phase, read.get(), total, started, error);
    }

    void run() {
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = reader;
            List<TopicPartition> partitions = reader.partitionsFor(projector.topic())
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            Map<TopicPartition, Long> first = reader.beginningOffsets(partitions);
            total = partitions.stream().mapToLong(p -> end.get(p) - first.get(p)).sum();
            Map<String, MongoCollection<Document>> fresh = new LinkedHashMap<>();
            projector.readModels().forEach((type, model) -> fresh.put(type, model.newGeneration()));

            readUntil(reader, end, fresh);
            List<MongoCollection<Document>> old = new ArrayList<>();
            projector.readModels().forEach((type, model) -> old.add(model.switchTo(fresh.get(type))));
            phase = Phase.HANDING_OVER;
            Instant handedOver = clock.instant().plus(handover);
            while (clock.instant().isBefore(handedOver)) {
                readUntil(reader, reader.endOffsets(partitions), fresh);
                pollInto(reader, fresh);
            }
            readUntil(reader, reader.endOffsets(partitions), fresh);
            old.forEach(MongoCollection::drop);
            phase = Phase.DONE;
            log.info("Rebuilt the read models of {} from {} records", projector.topic(), read.get());
        }
        catch (WakeupException e) {
            fail("stopped with the application");
        }
        catch (RuntimeException e) {
            fail(e.toString());
            log.warn("The rebuild of {} failed; the read models it was to replace stay current", projector.topic(), e);
        }
        finally {
            consumer = null;
        }
    }

    /** Ends a running rebuild; a rebuild stopped before its switch changed nothing. */
    void stop() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void fail(String why) {
        error = why;
        phase = Phase.FAILED;
    }

    private void readUntil(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> end,
            Map<String, MongoCollection<Document>> into) {
        while (end.entrySet().stream().anyMatch(e -> reader.position(e.getKey()) < e.getValue())) {
            pollInto(reader, into);
        }
    }

    private void pollInto(KafkaConsumer<String, byte[]> reader, Map<String, MongoCollection<Document>> into) {
        ConsumerRecords<String, byte[]> records = reader.poll(POLL);
        Map<String, List<EventEnvelope>> byType = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            read.incrementAndGet();
            EventEnvelope envelope = readable(record);
            if (envelope != null && into.containsKey(envelope.aggregatetype())) {
                byType.computeIfAbsent(envelope.aggregatetype(), type -> new ArrayList<>()).add(envelope);
            }
        }
        byType.forEach((type, envelopes) -> apply(into.get(type), envelopes));
    }

    private static void apply(MongoCollection<Document> into, List<EventEnvelope> envelopes) {
        for (int attempt = 1;; attempt++) {
            try {
                VersionedReadModel.applyAll(into, envelopes);
                return;
            }
            catch (MongoBulkWriteException e) {
                // after the switch the projectors write here too: an aggregate both
                // insert
                // is there on the next try, and the version guard decides
                boolean collided = e.getWriteErrors()
                    .stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                if (!collided || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * The envelope, or null for a tombstone and for what the projector set aside: an
     * unreadable record went to the dead-letter topic when it first came.
     */
    private EventEnvelope readable(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            return envelopes.deserialize(record.topic(), record.value());
        }
        catch (RuntimeException e) {
            return null;
        }
    }

}
