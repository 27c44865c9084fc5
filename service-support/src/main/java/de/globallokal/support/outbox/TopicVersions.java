package de.globallokal.support.outbox;

import de.globallokal.core.json.Json;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The highest version a change topic carried for each aggregate, read from its beginning
 * to its end without a consumer group. After a database was restored from an older
 * backup, the topic knows versions the owner no longer has; a republish must go above
 * them, or every copy's version guard would ignore it.
 */
public class TopicVersions {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumer;

    /**
     * @param consumer the service's consumer settings ({@code spring.kafka.*})
     */
    public TopicVersions(Map<String, Object> consumer) {
        this.consumer = new HashMap<>(consumer);
        this.consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    }

    /**
     * By aggregate type, the highest version of each aggregate on {@code topic}; records
     * that cannot be read and tombstones are passed over.
     */
    public Map<String, Map<String, Long>> of(String topic) {
        Map<String, Map<String, Long>> byType = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(consumer, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(topic)
                .stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> reader.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                    note(record.value(), byType);
                }
            }
        }
        return byType;
    }

    private static void note(String value, Map<String, Map<String, Long>> byType) {
        if (value == null) {
            return;
        }
        try {
            JsonNode envelope = Json.tolerant().readTree(value);
            String type = envelope.path("aggregatetype").asString("");
            String id = envelope.path("subject").asString("");
            long version = envelope.path("aggregateversion").asLong(0);
            if (!type.isEmpty() && !id.isEmpty()) {
                byType.computeIfAbsent(type, t -> new HashMap<>()).merge(id, version, Math::max);
            }
        }
        catch (JacksonException e) {
            // not an envelope: nothing it could carry counts
        }
    }

}
