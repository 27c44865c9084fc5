package de.globallokal.support.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox of a service that owns aggregates: its {@link Outboxes} and their health.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
@Import(AggregateVersions.class)
public class OutboxConfiguration {

    @Bean
    Outboxes outboxes(MongoTemplate mongo, KafkaProperties kafka, OutboxProperties settings,
            @Value("${spring.application.name}") String source) {
        return new Outboxes(mongo, kafka, settings, source);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(Outboxes outboxes) {
        return new OutboxHealthIndicator(outboxes);
    }

}
