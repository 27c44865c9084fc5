package de.globallokal.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Kafka broker in KRaft mode inside the test JVM: Kafka's own test cluster, one
 * node that is broker and controller at once, with its log directories deleted on close.
 */
public final class KafkaTestCluster implements AutoCloseable {

    private static final int PARTITIONS = 3;

    static {
        // A broker that wants to end the process would end the whole test JVM with it
        // (and surefire then reports a failed fork, not the reason): as Kafka's own tests
        // do, say so instead.
        Exit.setExitProcedure((status, message) -> said("exit", status, message));
        Exit.setHaltProcedure((status, message) -> said("halt", status, message));
    }

    private static void said(String what, int status, String message) {
        System.err.printf("[kafka-test-cluster] broker asked to %s(%d): %s%n", what, status, message);
    }

    private final KafkaClusterTestKit cluster;

    private KafkaProducer<String, String> producer;

    private KafkaTestCluster(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Starts a broker and creates the given topics with three partitions each. */
    public static KafkaTestCluster start(List<String> topics) {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KafkaTestCluster started = new KafkaTestCluster(cluster);
            started.createTopics(topics);
            return started;
        }
        catch (Exception e) {
            throw new IllegalStateException("The embedded Kafka broker did not start", e);
        }
    }

    /** What clients put into {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void createTopics(List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList())
                .all()
                .get(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not create the topics " + topics, e);
        }
    }

    /**
     * Publishes one record and waits until the broker has it, as a producer of the topic
     * would (string key and value; a null value is a tombstone).
     */
    public synchronized void send(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        try {
            if (producer != null) {
                producer.close();
            }
            cluster.close();
        }
        catch (Exception e) {
            throw new IllegalStateException("The embedded Kafka broker did not stop cleanly", e);
        }
    }

}
