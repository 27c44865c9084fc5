package de.globallokal.events.replica;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.TopicProjector;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the replica of {@code globallokal.partnerships}. Contact points and (for now) local
 * actors and projects on the same topic are skipped on purpose.
 */
@Component
class PartnershipsReplicaProjector extends TopicProjector {

    static final String LISTENER_ID = "partnerships-replica";

    PartnershipsReplicaProjector(PartnershipReplica replica, ApplicationEventPublisher events) {
        // organisers (actors) and projects will be replicated with the events issue; a rebuild brings them in then
        super(List.of(replica), Set.of(AggregateTypes.CONTACT, AggregateTypes.ACTOR, AggregateTypes.PROJECT), events);
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.PARTNERSHIPS,
            groupId = "${globallokal.projector.group-id:events-service}",
            containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        project(records);
    }
}
