package de.globallokal.webui.partnerships;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/** Projects {@code globallokal.partnerships} into the partnerships read model. */
@Component
class PartnershipProjector extends AbstractConsumerSeekAware {

    static final String LISTENER_ID = "partnerships-projector";
    private static final Logger log = LoggerFactory.getLogger(PartnershipProjector.class);

    private final PartnershipReadModel readModel;
    private final ApplicationEventPublisher events;

    PartnershipProjector(PartnershipReadModel readModel, ApplicationEventPublisher events) {
        this.readModel = readModel;
        this.events = events;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.PARTNERSHIPS,
            groupId = "${globallokal.projector.group-id:web-ui}",
            containerFactory = "envelopeListenerFactory")
    void on(ConsumerRecord<String, EventEnvelope> record) {
        EventEnvelope envelope = record.value();
        if (envelope == null) {
            return; // tombstone for compaction; the deleted event before it did the work
        }
        if (!AggregateTypes.PARTNERSHIP.equals(envelope.aggregatetype())) {
            throw new IllegalArgumentException("unexpected aggregate type " + envelope.aggregatetype());
        }
        if (readModel.apply(envelope)) {
            events.publishEvent(new PartnershipChanged(envelope.subject(), envelope.aggregateversion(),
                    envelope.isDeletion()));
        } else {
            log.debug("Dropped stale {} v{}", envelope.subject(), envelope.aggregateversion());
        }
    }

    /** Drops the read model and reads the topic again from its first offset. */
    void rebuild() {
        readModel.drop();
        seekToBeginning();
    }
}
