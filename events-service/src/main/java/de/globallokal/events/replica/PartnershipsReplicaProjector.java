package de.globallokal.events.replica;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.core.project.Project;
import de.globallokal.support.projection.TopicProjector;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the replicas of {@code globallokal.partnerships} that events refer to:
 * partnerships, local actors (organisers) and projects. Contact points and what
 * procurement and the office's structures publish on the same topic are skipped on
 * purpose.
 */
@Component
class PartnershipsReplicaProjector extends TopicProjector {

    static final String LISTENER_ID = "partnerships-replica";

    /** What events never refer to, so no replica keeps it. */
    static final Set<String> SKIPPED = Set.of(AggregateTypes.CONTACT, AggregateTypes.PRODUCT_GROUP,
            AggregateTypes.LABEL, AggregateTypes.PURCHASE, AggregateTypes.RESOLUTION, AggregateTypes.BODY,
            AggregateTypes.BUDGET_YEAR, AggregateTypes.PRESS_MENTION);

    PartnershipsReplicaProjector(PartnershipReplica partnerships, Replica<LocalActor> actorReplica,
            Replica<Project> projectReplica, ApplicationEventPublisher events) {
        super(Topics.PARTNERSHIPS, List.of(partnerships, actorReplica, projectReplica), SKIPPED, events);
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{__listener.topic()}",
            groupId = "${globallokal.projector.group-id:events-service}",
            containerFactory = "envelopeBatchListenerFactory")
    void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        project(records);
    }

}
