package de.globallokal.support.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.tracing.TraceContext;
import de.globallokal.support.tracing.TracingConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumers of the change topics. A record that cannot be read goes straight to
 * {@code <topic>.DLT}; one whose projection fails is retried with back-off until it
 * passes. Offsets are committed only after the MongoDB write, so a crash replays instead
 * of losing.
 */
@Configuration(proxyBeanMethods = false)
@Import(TracingConfiguration.class)
public class ProjectionConsumerConfiguration {

    /**
     * The dead-letter topic of each change topic a projector reads. The change topics are
     * their owners' to declare: a consumer that starts first waits for its topic instead
     * of creating it.
     */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(List<TopicProjector> projectors,
            @Value("${globallokal.kafka.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(projectors.stream()
            .map(TopicProjector::topic)
            .distinct()
            .map(topic -> EventTopics.deadLetterTopic(topic, replicas))
            .toArray(NewTopic[]::new));
    }

    @Bean
    KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties properties) {
        Map<String, Object> config = new LinkedHashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(EventEnvelope.class, new EnvelopeSerializer());
        byType.put(String.class, new StringSerializer());
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new DelegatingByTypeSerializer(byType)));
    }

    @Bean
    ProjectionTracing projectionTracing(TraceContext trace) {
        return new ProjectionTracing(trace);
    }

    @Bean
    ProjectionHealth projectionHealthIndicator(Clock clock,
            @Value("${globallokal.projector.max-back-off:30s}") Duration maxBackOff) {
        return new ProjectionHealth(clock, maxBackOff);
    }

    /**
     * Only what cannot be read goes to the dead-letter topic, at once. A failing
     * projection (the database away, a failover) is retried without end, waiting up to
     * {@code max-back-off} between tries: the partition waits, nothing valid is set
     * aside, and {@link ProjectionHealth} says why.
     */
    @Bean
    DefaultErrorHandler envelopeErrorHandler(KafkaTemplate<String, Object> deadLetterTemplate, ProjectionHealth health,
            @Value("${globallokal.projector.max-back-off:30s}") Duration maxBackOff) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(maxBackOff.toMillis());
        // same partition number in <topic>.DLT, so the dead letters of one aggregate stay
        // in order
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableRecordException.class);
        handler.setRetryListeners(health);
        return handler;
    }

    /**
     * Rebuilds of the read models, each read by a consumer of its own into a new
     * generation (DD013).
     */
    @Bean
    ReadModelRebuilds readModelRebuilds(List<TopicProjector> projectors, KafkaProperties properties,
            MongoTemplate mongo, Clock clock,
            @Value("${globallokal.projector.rebuild-handover:10s}") Duration handover) {
        return new ReadModelRebuilds(projectors, properties.buildConsumerProperties(),
                mongo.getCollection(VersionedReadModel.GENERATIONS), handover, clock);
    }

    /** Batch listeners: a projector applies each poll in one bulk write. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, EventEnvelope> envelopeBatchListenerFactory(
            KafkaProperties properties, DefaultErrorHandler errorHandler) {
        Map<String, Object> config = new LinkedHashMap<>(properties.buildConsumerProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a broker that creates topics on demand would make a change topic uncompacted,
        // with one partition
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // a killed instance's partitions wait for its session to end before another
        // instance, or the same one restarted, takes them: 10 s instead of Kafka's 45
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        ErrorHandlingDeserializer<EventEnvelope> values = new ErrorHandlingDeserializer<>(new EnvelopeDeserializer());
        var factory = new ConcurrentKafkaListenerContainerFactory<String, EventEnvelope>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), values));
        factory.setCommonErrorHandler(errorHandler);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        // seeks (a rebuild) are carried out between polls; a short poll lets a rebuild
        // start promptly
        factory.getContainerProperties().setPollTimeout(500);
        return factory;
    }

}
