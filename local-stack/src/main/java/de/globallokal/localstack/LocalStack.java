package de.globallokal.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts Kafka and the MongoDB-wire server for the local run and keeps them until the
 * process is asked to stop (SIGTERM or Ctrl-C), then stops both cleanly. Settings:
 * {@code GLOBALLOKAL_DATA} (default ./data), {@code KAFKA_PORT} (9092),
 * {@code KAFKA_CONTROLLER_PORT} (9093), {@code MONGO_PORT} (27017).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(env("GLOBALLOKAL_DATA", "data")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(env("KAFKA_PORT", "9092"));
        int controllerPort = Integer.parseInt(env("KAFKA_CONTROLLER_PORT", "9093"));
        int mongoPort = Integer.parseInt(env("MONGO_PORT", "27017"));

        JwtKeyFiles.ensure(data);
        LocalMongo mongo = new LocalMongo(data.resolve("mongo").resolve("globallokal"), mongoPort);
        LocalKafka kafka = new LocalKafka(data.resolve("kafka"), kafkaPort, controllerPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("local-stack: stopping Kafka and MongoDB-wire server");
            kafka.close();
            mongo.close();
            stopped.countDown();
        }, "local-stack-shutdown"));

        long started = System.nanoTime();
        mongo.start();
        kafka.start();
        System.out.printf("local-stack: READY in %d ms – Kafka %s, MongoDB %s, data in %s%n",
                (System.nanoTime() - started) / 1_000_000, kafka.bootstrapServers(), mongo.connectionString(""), data);
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}
