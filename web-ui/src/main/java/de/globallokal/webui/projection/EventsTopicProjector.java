package de.globallokal.webui.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.projection.TopicProjector;
import de.globallokal.webui.events.EventReadModel;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code globallokal.events} into the calendar read model. */
@Component
class EventsTopicProjector extends TopicProjector {

    static final String LISTENER_ID = "events-projector";

    EventsTopicProjector(EventReadModel events, ApplicationEventPublisher publisher) {
        super(List.of(events), Set.of(), publisher);
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.EVENTS,
            groupId = "${globallokal.projector.group-id:web-ui}",
            containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        project(records);
    }

    /** Declared here too, so the topic is compacted even when web-ui starts before events-service. */
    @Bean
    static NewTopic eventsChangeTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.EVENTS, replicas);
    }

    @Bean
    static NewTopic eventsDeadLetterTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.deadLetterTopic(Topics.EVENTS, replicas);
    }
}
