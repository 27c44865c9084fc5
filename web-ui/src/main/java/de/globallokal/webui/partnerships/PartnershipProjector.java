package de.globallokal.webui.partnerships;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import java.util.ArrayList;
import java.util.List;
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
 * Projects {@code globallokal.partnerships} into the partnerships read model, one poll at
 * a time in one bulk write. A record that cannot be read or applied is named by its index,
 * so the records before it are committed and it alone goes to the dead-letter topic.
 */
@Component
class PartnershipProjector extends AbstractConsumerSeekAware {

    static final String LISTENER_ID = "partnerships-projector";
    private static final LogAccessor LOG = new LogAccessor(PartnershipProjector.class);

    private final PartnershipReadModel readModel;
    private final ApplicationEventPublisher events;

    PartnershipProjector(PartnershipReadModel readModel, ApplicationEventPublisher events) {
        this.readModel = readModel;
        this.events = events;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.PARTNERSHIPS,
            groupId = "${globallokal.projector.group-id:web-ui}",
            containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        List<EventEnvelope> batch = new ArrayList<>(records.size());
        int first = 0;
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EventEnvelope> record = records.get(i);
            RuntimeException unusable = unusable(record);
            if (unusable != null) {
                apply(batch, records, first); // keep what came before, then name the bad one
                throw new BatchListenerFailedException(unusable.getMessage(), unusable, i);
            }
            if (record.value() != null) { // null without an error: a tombstone for compaction
                if (batch.isEmpty()) {
                    first = i;
                }
                batch.add(record.value());
            }
        }
        apply(batch, records, first);
    }

    private void apply(List<EventEnvelope> batch, List<ConsumerRecord<String, EventEnvelope>> records, int first) {
        try {
            readModel.applyAll(batch).forEach(envelope -> events.publishEvent(
                    new PartnershipChanged(envelope.subject(), envelope.aggregateversion(), envelope.isDeletion())));
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("projection failed", e, first);
        } finally {
            batch.clear();
        }
    }

    private static RuntimeException unusable(ConsumerRecord<String, EventEnvelope> record) {
        DeserializationException failed = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (failed != null) {
            return failed;
        }
        if (record.value() != null && !AggregateTypes.PARTNERSHIP.equals(record.value().aggregatetype())) {
            return new IllegalArgumentException("unexpected aggregate type " + record.value().aggregatetype());
        }
        return null;
    }

    /** Drops the read model and reads the topic again from its first offset. */
    void rebuild() {
        readModel.drop();
        seekToBeginning();
    }
}
