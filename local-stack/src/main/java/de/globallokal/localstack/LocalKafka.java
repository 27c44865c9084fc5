package de.globallokal.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One Kafka node acting as broker and controller: alone for the local run, or one of a
 * cluster whose nodes all vote. Its storage is formatted once, with a fixed cluster id,
 * and only when {@code meta.properties} is missing, so data survives restarts.
 */
public final class LocalKafka implements AutoCloseable {

    /**
     * Base64 of "GlobalLokalLocal": fixed so a restart finds its own formatted storage.
     */
    static final String CLUSTER_ID = "R2xvYmFsTG9rYWxMb2NhbA";

    /** A node's id and its two ports on the loopback interface. */
    public record Node(int id, int port, int controllerPort) {
    }

    private final Path logDir;

    private final Node node;

    private final List<Node> cluster;

    private KafkaRaftServer server;

    /** The local run's single node. */
    public LocalKafka(Path logDir, int port, int controllerPort) {
        this(logDir, new Node(1, port, controllerPort), List.of(new Node(1, port, controllerPort)));
    }

    /**
     * {@code node} as one of {@code cluster}: topics get up to three copies and need two
     * of them for a write, as in production.
     */
    public LocalKafka(Path logDir, Node node, List<Node> cluster) {
        this.logDir = logDir;
        this.node = node;
        this.cluster = List.copyOf(cluster);
    }

    public synchronized void start() throws Exception {
        Files.createDirectories(logDir);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            new Formatter().setPrintStream(System.out)
                .setNodeId(node.id())
                .setClusterId(CLUSTER_ID)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName("CONTROLLER")
                .run();
        }
        server = new KafkaRaftServer(new KafkaConfig(properties(), false), Time.SYSTEM);
        server.startup();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + node.port();
    }

    Map<String, Object> properties() {
        Map<String, Object> p = new TreeMap<>();
        String copies = String.valueOf(Math.min(3, cluster.size()));
        String inSync = String.valueOf(Math.max(1, Math.min(2, cluster.size() - 1)));
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(node.id()));
        p.put("controller.quorum.voters", String.join(",",
                cluster.stream().map(voter -> voter.id() + "@127.0.0.1:" + voter.controllerPort()).toList()));
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + node.port() + ",CONTROLLER://127.0.0.1:" + node.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + node.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", copies);
        p.put("min.insync.replicas", inSync);
        p.put("offsets.topic.replication.factor", copies);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", copies);
        p.put("transaction.state.log.min.isr", inSync);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        return p;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

}
