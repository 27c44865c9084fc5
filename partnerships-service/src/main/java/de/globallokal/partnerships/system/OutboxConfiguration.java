package de.globallokal.partnerships.system;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.OutboxHealthIndicator;
import de.globallokal.support.outbox.OutboxRelay;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** One collection and one relay per aggregate type, all publishing to the partnerships topic. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    static final String SOURCE = "partnerships-service";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Duration retryInterval;
    private final Duration sweepInterval;
    private final Duration sendTimeout;

    OutboxConfiguration(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
            @Value("${globallokal.outbox.interval:1s}") Duration retryInterval,
            @Value("${globallokal.outbox.sweep-interval:60s}") Duration sweepInterval,
            @Value("${globallokal.outbox.send-timeout:10s}") Duration sendTimeout) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.retryInterval = retryInterval;
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
    }

    @Bean
    NewTopic partnershipsTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.PARTNERSHIPS, replicas);
    }

    @Bean
    OutboxRelay partnershipsRelay() {
        return relay("partnerships");
    }

    @Bean
    OutboxRelay contactsRelay() {
        return relay("contacts");
    }

    @Bean
    OutboxRelay actorsRelay() {
        return relay("actors");
    }

    @Bean
    AggregateCollection<LocalActor> actors(OutboxRelay actorsRelay) {
        return new AggregateCollection<>(mongo.getCollection("actors"), actorsRelay, LocalActor.class, SOURCE,
                AggregateTypes.ACTOR);
    }

    @Bean
    OutboxRelay projectsRelay() {
        return relay("projects");
    }

    @Bean
    AggregateCollection<Project> projects(OutboxRelay projectsRelay) {
        return new AggregateCollection<>(mongo.getCollection("projects"), projectsRelay, Project.class, SOURCE,
                AggregateTypes.PROJECT);
    }

    @Bean
    AggregateCollection<Partnership> partnerships(OutboxRelay partnershipsRelay) {
        return new AggregateCollection<>(mongo.getCollection("partnerships"), partnershipsRelay, Partnership.class,
                SOURCE, AggregateTypes.PARTNERSHIP);
    }

    @Bean
    AggregateCollection<ContactPoint> contacts(OutboxRelay contactsRelay) {
        return new AggregateCollection<>(mongo.getCollection("contacts"), contactsRelay, ContactPoint.class,
                SOURCE, AggregateTypes.CONTACT);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(List<OutboxRelay> relays) {
        return new OutboxHealthIndicator(relays);
    }

    private OutboxRelay relay(String collection) {
        return new OutboxRelay(mongo.getCollection(collection), Topics.PARTNERSHIPS, kafka, retryInterval,
                sweepInterval, sendTimeout);
    }
}
