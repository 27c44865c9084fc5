package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.Topics;
import de.globallokal.testkit.EmbeddedMongo;
import de.globallokal.testkit.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Kafka nodes on the loopback interface, started from Kafka's jars as the local
 * stack starts its one, with the production settings (three copies, two in sync for a
 * write, producers acks=all and idempotent). Under write load the node leading the most
 * partitions of the partnerships topic is killed with SIGKILL and later started again:
 * every acknowledged change reaches web-ui's read models and events-service's replicas at
 * exactly its owner's version.
 */
class ClusterFailoverSystemTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final int CHANGES_PER_SECOND = 8;

    @TempDir
    Path data;

    @Test
    void losingThePartitionLeaderUnderLoadLosesNoAcknowledgedChange() throws Exception {
        List<String> nodeSpecs = new ArrayList<>();
        List<Integer> brokerPorts = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            int port = PipelineScenario.freePort();
            brokerPorts.add(port);
            nodeSpecs.add(id + ":" + port + ":" + PipelineScenario.freePort());
        }
        String bootstrap = brokerPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<JavaProcess> nodes = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            List<String> arguments = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), KafkaNodeProcess.class.getName(),
                    data.resolve("node-" + id).toString(), String.valueOf(id)));
            arguments.addAll(nodeSpecs);
            nodes.add(new JavaProcess("kafka-node-" + id, arguments, Map.of(), KafkaNodeProcess.READY));
        }
        int partnershipsPort = PipelineScenario.freePort();
        int eventsPort = PipelineScenario.freePort();
        int webUiPort = PipelineScenario.freePort();
        Map<String, String> common = new HashMap<>(PipelineScenario.TOKEN_KEYS);
        common.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        common.put("GLOBALLOKAL_KAFKA_REPLICAS", "3");
        common.put("GLOBALLOKAL_OUTBOX_INTERVAL", "500ms");
        Map<String, String> partnershipsEnv = new HashMap<>(common);
        partnershipsEnv.put("MONGODB_URI", EmbeddedMongo.connectionString("cluster-partnerships"));
        Map<String, String> eventsEnv = new HashMap<>(common);
        eventsEnv.put("MONGODB_URI", EmbeddedMongo.connectionString("cluster-events"));
        eventsEnv.put("GLOBALLOKAL_MAIL_MAILBOX", "local");
        Map<String, String> webUiEnv = new HashMap<>(common);
        webUiEnv.put("MONGODB_URI", EmbeddedMongo.connectionString("cluster-webui"));
        webUiEnv.put("SPRING_PROFILES_ACTIVE", "local");
        webUiEnv.put("GLOBALLOKAL_SERVICES_PARTNERSHIPS_URL", "http://127.0.0.1:" + partnershipsPort);
        webUiEnv.put("GLOBALLOKAL_SERVICES_EVENTS_URL", "http://127.0.0.1:" + eventsPort);

        FaultFigures figures = new FaultFigures(
                "three KRaft nodes, SIGKILL under " + CHANGES_PER_SECOND + " changes/s");
        try (ServiceProcess partnerships = new ServiceProcess("partnerships-service", partnershipsPort,
                partnershipsEnv);
                ServiceProcess events = new ServiceProcess("events-service", eventsPort, eventsEnv);
                ServiceProcess webUi = new ServiceProcess("web-ui", webUiPort, webUiEnv);
                WriteLoad load = new WriteLoad(partnerships, TestTokens.editor(), TestTokens.admin());
                Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
                ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (JavaProcess node : nodes) {
                node.start();
            }
            for (JavaProcess node : nodes) {
                node.awaitReady();
            }
            partnerships.start();
            events.start();
            webUi.start();
            partnerships.awaitHealthy();
            events.awaitHealthy();
            webUi.awaitHealthy();
            assertThat(partitions(admin)).as("three copies of every partition")
                .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));

            load.start(CHANGES_PER_SECOND);
            await("writes flowing").atMost(PATIENCE).until(() -> load.acknowledged().size() >= 30);
            int leader = partitions(admin).stream()
                .collect(Collectors.groupingBy(partition -> partition.leader().id(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
            JavaProcess victim = nodes.get(leader - 1);
            long killed = System.nanoTime();
            victim.kill();
            Future<Duration> writable = probes.submit(() -> FaultFigures.awaitWritable(load, killed, PATIENCE));
            Future<Duration> visible = probes.submit(() -> FaultFigures.awaitVisible(load, webUi, killed, PATIENCE));
            await("a new leader for every partition").atMost(PATIENCE)
                .until(() -> partitions(admin).stream()
                    .allMatch(partition -> partition.leader() != null && partition.leader().id() != leader));
            Duration moved = Duration.ofNanos(System.nanoTime() - killed);
            Duration writableAfter = writable.get();
            Duration visibleAfter = visible.get();
            victim.start().awaitReady();
            long restarted = System.nanoTime();
            await("the node back in sync").atMost(PATIENCE)
                .until(() -> partitions(admin).stream().allMatch(partition -> partition.isr().size() == 3));
            Duration inSync = Duration.ofNanos(System.nanoTime() - restarted);
            int acknowledgedBefore = load.acknowledged().size();
            await("writes flowing").atMost(PATIENCE).until(() -> load.acknowledged().size() >= acknowledgedBefore + 10);
            load.stop();

            FaultFigures.Settled settled = FaultFigures.awaitEqual(webUi, PATIENCE);
            int lost = WriteLoad.lost(load.acknowledged(), WriteLoad.ownerVersions(partnerships, TestTokens.admin()))
                .size();
            figures.add(new FaultFigures.Row(
                    "SIGKILL leader node " + leader + " (leaders moved after " + moved.toSeconds() + " s, in sync "
                            + inSync.toSeconds() + " s after its restart)",
                    load.acknowledged().size(), load.refused(), lost, settled.differing(), writableAfter, visibleAfter,
                    settled.after()));
            figures.print();
            assertThat(lost).as("acknowledged changes lost").isZero();
            assertThat(settled.differing()).as("copies differing from their owner").isZero();
        }
        finally {
            for (JavaProcess node : nodes) {
                node.close();
            }
        }
    }

    /** The partitions of the partnerships topic as the cluster describes them now. */
    private static List<TopicPartitionInfo> partitions(Admin admin) throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.PARTNERSHIPS))
            .allTopicNames()
            .get(10, TimeUnit.SECONDS);
        return topics.get(Topics.PARTNERSHIPS).partitions();
    }

}
