package de.globallokal.webui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.Topics;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.support.projection.TopicRebuild;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ReadModelRebuild;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * A dead letter that was a valid change, replayed after its topic was compacted, and a
 * rebuild after that: the read model stays at the newest state, a deletion stays deleted.
 * Replays that re-appended the old bytes to the topic made compaction keep them as the
 * key's last record, and every rebuild brought the deleted partnership back.
 */
@IntegrationTest
// a context of its own: compacting its topic must not change what other tests' rebuilds
// read
@TestPropertySource(properties = "globallokal.test.context=compacted-replay")
class CompactedReplayTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    DeadLetterDesk desk;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ReadModelRebuild rebuild;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    @Test
    void aReplayedDeadLetterCannotComeBackThroughCompactionAndARebuild() throws Exception {
        String id = UUID.randomUUID().toString();
        String first = SampleEnvelope.of("partnership-upserted.v1").about(id, 1).json();
        // set aside once, as a projector did during a database failover before DD011
        send(Topics.deadLetter(Topics.PARTNERSHIPS), id, first, true);
        send(Topics.PARTNERSHIPS, id, first, false);
        send(Topics.PARTNERSHIPS, id, SampleEnvelope.of("partnership-upserted.v1").about(id, 2).json(), false);
        send(Topics.PARTNERSHIPS, id, SampleEnvelope.of("partnership-deleted.v1").about(id, 3).json(), false);
        await().atMost(PATIENCE)
            .until(() -> partnerships.find(id).map(VersionedReadModel.Entry::deleted).orElse(false));
        compactEagerly();
        awaitCompacted(id, 3);

        DeadLetter letter = await().atMost(PATIENCE)
            .until(() -> desk.open(Topics.PARTNERSHIPS).stream().filter(l -> id.equals(l.key())).findFirst(),
                    found -> found.isPresent())
            .orElseThrow();
        assertThat(desk.replay(letter, "ops")).as("older than the read model").isFalse();
        awaitCompacted(id, 3);

        rebuild.partnershipsTopic();
        await().atMost(PATIENCE)
            .until(() -> rebuild.progress(Topics.PARTNERSHIPS).orElseThrow(),
                    progress -> progress.phase() == TopicRebuild.Phase.DONE);
        assertThat(partnerships.find(id).orElseThrow().version()).isEqualTo(3);
        assertThat(partnerships.findCurrent(id)).as("deleted stays deleted").isEmpty();
        System.out.printf("[compacted-replay] records kept for the key after compaction: %d, version %d%n",
                recordsFor(id).size(), 3);
    }

    /**
     * Small segments, no dirty ratio, a cleaner that looks every 100 ms: compaction
     * within seconds instead of days.
     */
    private void compactEagerly() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARTNERSHIPS);
            ConfigResource brokers = new ConfigResource(ConfigResource.Type.BROKER, "");
            Map<ConfigResource, Collection<AlterConfigOp>> changes = Map.of(topic,
                    List.of(set(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                            set(TopicConfig.SEGMENT_MS_CONFIG, "100"),
                            set(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.0"),
                            set(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0")),
                    brokers, List.of(set("log.cleaner.backoff.ms", "100")));
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static AlterConfigOp set(String name, String value) {
        return new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
    }

    /**
     * Waits until compaction has left one record for the key, and says which version it
     * is. A record for another key in the same partition rolls the segment the key's
     * records are in: only closed segments are compacted.
     */
    private void awaitCompacted(String id, long version) {
        List<ConsumerRecord<String, String>> kept = await().atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(300))
            .until(() -> {
                List<ConsumerRecord<String, String>> records = recordsFor(id);
                String other = UUID.randomUUID().toString();
                producer
                    .send(new ProducerRecord<>(Topics.PARTNERSHIPS, records.get(0).partition(), other,
                            SampleEnvelope.of("partnership-upserted.v1").about(other, 1).json()))
                    .get(30, TimeUnit.SECONDS);
                return records;
            }, records -> records.size() == 1);
        assertThat(kept.get(0).value()).contains("\"aggregateversion\":" + version);
    }

    /** Everything the topic holds for the key, read to its end. */
    private List<ConsumerRecord<String, String>> recordsFor(String id) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARTNERSHIPS)
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> kept = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        kept.add(r);
                    }
                });
            }
            return kept;
        }
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    private void send(String topic, String key, String value, boolean asDeadLetter) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (asDeadLetter) {
            record.headers()
                .add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.PARTNERSHIPS.getBytes(StandardCharsets.UTF_8))
                .add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "timed out".getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

}
