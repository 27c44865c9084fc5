package de.globallokal.systemtests;

import de.globallokal.localstack.LocalKafka;
import de.globallokal.testkit.EmbeddedMongo;
import java.nio.file.Path;

/**
 * The local stack's KRaft broker and the MongoDB-wire server for a system test; Kafka
 * stops and starts again on the same port and data, as after a broker restart.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private final Path data;

    private final int port;

    private final int controllerPort;

    private LocalKafka kafka;

    EmbeddedInfrastructure(Path data) throws Exception {
        this.data = data;
        this.port = PipelineScenario.freePort();
        this.controllerPort = PipelineScenario.freePort();
        startKafka();
    }

    @Override
    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public String mongoUri(String database) {
        return EmbeddedMongo.connectionString(database);
    }

    @Override
    public void stopKafka() {
        kafka.close();
    }

    @Override
    public void startKafka() throws Exception {
        kafka = new LocalKafka(data, port, controllerPort);
        kafka.start();
    }

    @Override
    public void close() {
        kafka.close();
    }

}
