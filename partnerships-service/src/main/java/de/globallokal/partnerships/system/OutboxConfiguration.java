package de.globallokal.partnerships.system;

import de.globallokal.core.event.Topics;
import de.globallokal.partnerships.partnership.PartnershipStore;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.outbox.OutboxHealthIndicator;
import de.globallokal.support.outbox.OutboxRelay;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    NewTopic partnershipsTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.PARTNERSHIPS, replicas);
    }

    @Bean
    OutboxRelay partnershipsRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
            @Value("${globallokal.outbox.interval:1s}") Duration retryInterval,
            @Value("${globallokal.outbox.sweep-interval:60s}") Duration sweepInterval,
            @Value("${globallokal.outbox.send-timeout:10s}") Duration sendTimeout) {
        return new OutboxRelay(mongo.getCollection(PartnershipStore.COLLECTION), Topics.PARTNERSHIPS, kafka,
                retryInterval, sweepInterval, sendTimeout);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay) {
        return new OutboxHealthIndicator(relay);
    }
}
