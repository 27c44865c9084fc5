package de.globallokal.webui.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Projects {@code globallokal.partnerships} into the read models of its aggregate types,
 * one poll at a time, one bulk write per read model. A record that cannot be read or has an
 * aggregate type web-ui does not know is named by its index, so the records before it are
 * committed and it alone goes to the dead-letter topic (never a silent skip).
 */
@Component
class PartnershipsTopicProjector extends AbstractConsumerSeekAware {

    static final String LISTENER_ID = "partnerships-projector";
    private static final LogAccessor LOG = new LogAccessor(PartnershipsTopicProjector.class);

    private final Map<String, VersionedReadModel<?>> readModels = new LinkedHashMap<>();
    private final ApplicationEventPublisher events;

    PartnershipsTopicProjector(List<VersionedReadModel<?>> readModels, ApplicationEventPublisher events) {
        readModels.forEach(model -> this.readModels.put(model.aggregateType(), model));
        this.events = events;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.PARTNERSHIPS,
            groupId = "${globallokal.projector.group-id:web-ui}",
            containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        Batch batch = new Batch();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EventEnvelope> record = records.get(i);
            RuntimeException unusable = unusable(record);
            if (unusable != null) {
                apply(batch); // keep what came before, then name the bad one
                throw new BatchListenerFailedException(unusable.getMessage(), unusable, i);
            }
            if (record.value() != null) { // null without an error: a tombstone for compaction
                batch.add(i, record.value());
            }
        }
        apply(batch);
    }

    /** Drops the read models of this topic and reads it again from its first offset. */
    void rebuild() {
        readModels.values().forEach(VersionedReadModel::drop);
        seekToBeginning();
    }

    private void apply(Batch batch) {
        for (Map.Entry<String, List<EventEnvelope>> group : batch.byType.entrySet()) {
            try {
                readModels.get(group.getKey()).applyAll(group.getValue()).forEach(envelope -> events.publishEvent(
                        new ReadModelChanged(group.getKey(), envelope.subject(), envelope.aggregateversion(),
                                envelope.isDeletion())));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("projection failed", e, batch.first);
            }
        }
        batch.clear();
    }

    private RuntimeException unusable(ConsumerRecord<String, EventEnvelope> record) {
        DeserializationException failed = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (failed != null) {
            return failed;
        }
        if (record.value() != null && !readModels.containsKey(record.value().aggregatetype())) {
            return new IllegalArgumentException("no read model for aggregate type " + record.value().aggregatetype());
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
