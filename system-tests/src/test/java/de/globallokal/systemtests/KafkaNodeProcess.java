package de.globallokal.systemtests;

import de.globallokal.localstack.LocalKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One node of a Kafka cluster on the loopback interface, in a process of its own for a
 * test to kill: its log directory, its id, then every node as
 * {@code id:port:controllerPort}.
 */
public final class KafkaNodeProcess {

    static final String READY = "kafka-node: READY";

    private KafkaNodeProcess() {
    }

    public static void main(String[] args) throws Exception {
        int id = Integer.parseInt(args[1]);
        List<LocalKafka.Node> cluster = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split(":");
            cluster.add(new LocalKafka.Node(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        }
        LocalKafka.Node node = cluster.stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        LocalKafka kafka = new LocalKafka(Path.of(args[0]), node, cluster);
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-node-shutdown"));
        kafka.start();
        System.out.println(READY + " " + kafka.bootstrapServers());
        System.out.flush();
        new CountDownLatch(1).await();
    }

}
