package de.globallokal.support.outbox;

import de.globallokal.support.tracing.TraceContext;
import de.globallokal.support.tracing.TracingConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
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
@Import({ AggregateVersions.class, TracingConfiguration.class })
public class OutboxConfiguration {

    @Bean
    Outboxes outboxes(MongoTemplate mongo, KafkaProperties kafka, OutboxProperties settings,
            @Value("${spring.application.name}") String source, @Value("${server.port:8080}") int port, Clock clock,
            TraceContext trace) {
        return new Outboxes(mongo, kafka, settings, source, instance(settings, port), clock, trace);
    }

    /**
     * A name two live instances never share: host and port, unless the port is chosen at
     * random (then a random name, and a restart waits for the old lease to run out).
     */
    static String instance(OutboxProperties settings, int port) {
        if (!settings.instance().isBlank()) {
            return settings.instance();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + (port > 0 ? String.valueOf(port) : UUID.randomUUID());
    }

    @Bean
    TopicVersions topicVersions(KafkaProperties kafka) {
        return new TopicVersions(kafka.buildConsumerProperties());
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(Outboxes outboxes) {
        return new OutboxHealthIndicator(outboxes);
    }

}
