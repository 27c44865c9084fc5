package de.globallokal.support.projection;

import de.globallokal.core.event.EventEnvelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Projects one change topic into the read models of its aggregate types, one poll at a
 * time, one bulk write per read model. A subclass adds the {@code @KafkaListener} method
 * (on {@code #{__listener.topic()}}) and hands each poll to {@link #project}. A record
 * that cannot be read, or whose aggregate type is neither projected nor deliberately
 * ignored, is named by its index, so the records before it are committed and it alone
 * goes to the dead-letter topic (never a silent skip).
 */
public abstract class TopicProjector {

    private static final LogAccessor LOG = new LogAccessor(TopicProjector.class);

    private final String topic;

    private final Map<String, VersionedReadModel<?>> readModels = new LinkedHashMap<>();

    private final Set<String> ignoredTypes;

    private final ApplicationEventPublisher events;

    /**
     * @param topic the change topic this projector reads; its listener names it as
     * {@code topics = "#{__listener.topic()}"}, and its dead-letter topic is declared for
     * it
     */
    protected TopicProjector(String topic, List<? extends VersionedReadModel<?>> readModels, Set<String> ignoredTypes,
            ApplicationEventPublisher events) {
        this.topic = topic;
        readModels.forEach(model -> this.readModels.put(model.aggregateType(), model));
        this.ignoredTypes = Set.copyOf(ignoredTypes);
        this.events = events;
    }

    public String topic() {
        return topic;
    }

    protected void project(List<ConsumerRecord<String, EventEnvelope>> records) {
        Batch batch = new Batch();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EventEnvelope> record = records.get(i);
            RuntimeException unusable = unusable(record);
            if (unusable != null) {
                apply(batch); // keep what came before, then name the bad one
                throw new BatchListenerFailedException(unusable.getMessage(), unusable, i);
            }
            // null without an error is a tombstone for compaction; ignored types are not
            // ours to keep
            if (record.value() != null && !ignoredTypes.contains(record.value().aggregatetype())) {
                batch.add(i, record.value());
            }
        }
        apply(batch);
    }

    /** The read models this projector writes, by aggregate type. */
    Map<String, VersionedReadModel<?>> readModels() {
        return readModels;
    }

    /**
     * A dead letter handled by an administrator, applied through the version guard like
     * any record: never appended to the compacted topic again, where it would outlive a
     * newer state. Deliberately ignored types change nothing.
     * @return whether the read model took it (false: it had this version or a newer one)
     * @throws UnreadableRecordException when it still cannot be read
     */
    public boolean replay(byte[] value) {
        EventEnvelope envelope;
        try {
            envelope = new EnvelopeDeserializer().deserialize(topic, value);
        }
        catch (RuntimeException e) {
            throw new UnreadableRecordException(e.getMessage(), e);
        }
        if (envelope == null || ignoredTypes.contains(envelope.aggregatetype())) {
            return false;
        }
        VersionedReadModel<?> model = readModels.get(envelope.aggregatetype());
        if (model == null) {
            throw new UnreadableRecordException("no read model for aggregate type " + envelope.aggregatetype());
        }
        return !applyAndAnnounce(model, List.of(envelope)).isEmpty();
    }

    private void apply(Batch batch) {
        for (Map.Entry<String, List<EventEnvelope>> group : batch.byType.entrySet()) {
            try {
                applyAndAnnounce(readModels.get(group.getKey()), group.getValue());
            }
            catch (RuntimeException e) {
                throw new BatchListenerFailedException("projection failed", e, batch.first);
            }
        }
        batch.clear();
    }

    /** Writes through the version guard and tells the open pages what changed. */
    private List<EventEnvelope> applyAndAnnounce(VersionedReadModel<?> model, List<EventEnvelope> envelopes) {
        List<EventEnvelope> applied = model.applyAll(envelopes);
        applied.forEach(envelope -> events.publishEvent(new ReadModelChanged(model.aggregateType(), envelope.subject(),
                envelope.aggregateversion(), envelope.isDeletion(), envelope.traceparent())));
        return applied;
    }

    private RuntimeException unusable(ConsumerRecord<String, EventEnvelope> record) {
        DeserializationException failed = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (failed != null) {
            return new UnreadableRecordException(failed.getMessage(), failed);
        }
        String type = record.value() == null ? null : record.value().aggregatetype();
        if (type != null && !readModels.containsKey(type) && !ignoredTypes.contains(type)) {
            return new UnreadableRecordException("no read model for aggregate type " + type);
        }
        return null;
    }

    /** The records of one poll waiting to be written, grouped by aggregate type. */
    private static final class Batch {

        private final Map<String, List<EventEnvelope>> byType = new LinkedHashMap<>();

        private int first = -1;

        void add(int index, EventEnvelope envelope) {
            if (first < 0) {
                first = index;
            }
            byType.computeIfAbsent(envelope.aggregatetype(), type -> new ArrayList<>()).add(envelope);
        }

        void clear() {
            byType.clear();
            first = -1;
        }

    }

}
