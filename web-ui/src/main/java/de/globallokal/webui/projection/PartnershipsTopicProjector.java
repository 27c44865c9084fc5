package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.TopicProjector;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code globallokal.partnerships} into web-ui's read models (partnerships,
 * projects, actors, contacts).
 */
@Component
class PartnershipsTopicProjector extends TopicProjector {

    static final String LISTENER_ID = "partnerships-projector";

    PartnershipsTopicProjector(List<VersionedReadModel<?>> readModels, ApplicationEventPublisher events) {
        // every read model but the events' and their seats', which have a topic of their
        // own
        super(Topics.PARTNERSHIPS, readModels.stream()
            .filter(model -> !Set.of(AggregateTypes.EVENT, AggregateTypes.SEATS).contains(model.aggregateType()))
            .toList(), Set.of(), events);
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{__listener.topic()}",
            groupId = "${globallokal.projector.group-id:web-ui}", containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        project(records);
    }

}
