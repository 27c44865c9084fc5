package de.globallokal.events.system;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.OutboxHealthIndicator;
import de.globallokal.support.outbox.OutboxRelay;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The events collection and its relay to {@code globallokal.events}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration {

    static final String SOURCE = "events-service";

    @Bean
    NewTopic eventsTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.EVENTS, replicas);
    }

    /** Boot's own template steps back for the dead-letter template of the replica consumer, so say it here. */
    @Bean
    KafkaTemplate<String, String> eventsKafkaTemplate(KafkaProperties properties) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(properties.buildProducerProperties(),
                new StringSerializer(), new StringSerializer()));
    }

    @Bean
    OutboxRelay eventsRelay(MongoTemplate mongo, KafkaTemplate<String, String> eventsKafkaTemplate,
            @Value("${globallokal.outbox.interval:1s}") Duration retryInterval,
            @Value("${globallokal.outbox.sweep-interval:60s}") Duration sweepInterval,
            @Value("${globallokal.outbox.send-timeout:10s}") Duration sendTimeout) {
        return new OutboxRelay(mongo.getCollection("events"), Topics.EVENTS, eventsKafkaTemplate, retryInterval, sweepInterval,
                sendTimeout);
    }

    @Bean
    AggregateCollection<CalendarEvent> events(MongoTemplate mongo, OutboxRelay eventsRelay) {
        return new AggregateCollection<>(mongo.getCollection("events"), eventsRelay, CalendarEvent.class, SOURCE,
                AggregateTypes.EVENT);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(List<OutboxRelay> relays) {
        return new OutboxHealthIndicator(relays);
    }
}
