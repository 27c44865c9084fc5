package de.globallokal.webui.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.TopicProjector;
import de.globallokal.webui.projection.EventReadModel;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code globallokal.events} into the calendar read model. */
@Component
class EventsTopicProjector extends TopicProjector {

    static final String LISTENER_ID = "events-projector";

    EventsTopicProjector(EventReadModel events, SeatsReadModel seats, ApplicationEventPublisher publisher) {
        super(Topics.EVENTS, List.of(events, seats), Set.of(), publisher);
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{__listener.topic()}",
            groupId = "${globallokal.projector.group-id:web-ui}", containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        project(records);
    }

}
