package de.globallokal.webui.operations;

import de.globallokal.core.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the broker's view of the pipeline: how far each consumer group lags, what lies in
 * the dead-letter topics.
 */
@Component
public class KafkaOperations {

    /** The change topics whose dead letters staff handle here. */
    public static final List<String> TOPICS = List.of(Topics.PARTNERSHIPS, Topics.EVENTS);

    private static final int TIMEOUT_SECONDS = 5;

    private static final int MAX_DEAD_LETTERS = 500;

    private static final Duration CLOSE = Duration.ofSeconds(1);

    private final KafkaAdmin admin;

    KafkaOperations(KafkaAdmin admin) {
        this.admin = admin;
    }

    /** How many records of one topic a consumer group has not yet committed. */
    public record Lag(String group, String topic, long committed, long end) {

        public long behind() {
            return Math.max(0, end - committed);
        }
    }

    /**
     * One dead letter: where it lies, where it came from, why it failed, and its bytes
     * for a replay.
     */
    public record DeadLetter(String topic, int partition, long offset, String originalTopic, String key, String error,
            String preview, byte[] value) {

        public String id() {
            return topic + "/" + partition + "/" + offset;
        }
    }

    /** The lag of every consumer group on every topic it reads, by group and topic. */
    public List<Lag> lag() throws Exception {
        AdminClient client = AdminClient.create(admin.getConfigurationProperties());
        try {
            Collection<ConsumerGroupListing> groups = client.listConsumerGroups()
                .all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<Lag> lags = new ArrayList<>();
            for (ConsumerGroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                committed.values().removeIf(Objects::isNull);
                Map<TopicPartition, Long> ends = ends(client, committed.keySet());
                Map<String, long[]> byTopic = new TreeMap<>();
                committed.forEach((partition, offset) -> {
                    long[] sums = byTopic.computeIfAbsent(partition.topic(), t -> new long[2]);
                    sums[0] += offset.offset();
                    sums[1] += ends.getOrDefault(partition, offset.offset());
                });
                byTopic.forEach((topic, sums) -> lags.add(new Lag(group.groupId(), topic, sums[0], sums[1])));
            }
            lags.sort(Comparator.comparing(Lag::group).thenComparing(Lag::topic));
            return lags;
        }
        finally {
            // without a bound, closing waits for calls a missing broker never answers
            client.close(CLOSE);
        }
    }

    /**
     * One group's lag on one topic; a group that has committed nothing on it counts as
     * caught up with nothing.
     */
    public Lag lag(String group, String topic) throws Exception {
        return lag().stream()
            .filter(l -> l.group().equals(group) && l.topic().equals(topic))
            .findFirst()
            .orElse(new Lag(group, topic, 0, 0));
    }

    /** The dead letters of a change topic, oldest first (at most 500). */
    public List<DeadLetter> deadLetters(String topic) {
        String deadLetterTopic = Topics.deadLetter(topic);
        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_DEAD_LETTERS);
        List<DeadLetter> letters = new ArrayList<>();
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = consumer
                .partitionsFor(deadLetterTopic, Duration.ofSeconds(TIMEOUT_SECONDS))
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            if (partitions.isEmpty()) {
                return letters;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(TIMEOUT_SECONDS).toNanos();
            while (!caughtUp(consumer, ends) && letters.size() < MAX_DEAD_LETTERS && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(letter(record));
                }
            }
        }
        finally {
            consumer.close(CLOSE);
        }
        letters.sort(Comparator.comparing(DeadLetter::partition).thenComparing(DeadLetter::offset));
        return letters;
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String error = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        String cause = header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        String text = record.value() == null ? "(null)" : new String(record.value(), StandardCharsets.UTF_8);
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                original == null ? record.topic().replace(Topics.DEAD_LETTER_SUFFIX, "") : original,
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                (cause == null ? "" : cause + ": ") + (error == null ? "" : error),
                text.length() > 300 ? text.substring(0, 300) + " …" : text, record.value());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<TopicPartition, Long> ends(AdminClient client, Collection<TopicPartition> partitions)
            throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        ListOffsetsResult result = client
            .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())));
        return result.all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

}
