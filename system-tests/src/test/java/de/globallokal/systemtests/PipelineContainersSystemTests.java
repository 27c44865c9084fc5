package de.globallokal.systemtests;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same scenario against the real images production uses. Skipped where no Docker
 * engine exists (this project's CI has none); an outage is a paused broker container.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainersSystemTests extends PipelineScenario {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @Test
    void changesArriveDespiteKafkaOutagesAndWebUiRestarts() throws Exception {
        run(new Infrastructure() {
            @Override
            public String kafkaBootstrapServers() {
                return KAFKA.getBootstrapServers();
            }

            @Override
            public String mongoUri(String database) {
                return MONGO.getReplicaSetUrl(database);
            }

            @Override
            public void stopKafka() {
                KAFKA.getDockerClient().pauseContainerCmd(KAFKA.getContainerId()).exec();
            }

            @Override
            public void startKafka() {
                KAFKA.getDockerClient().unpauseContainerCmd(KAFKA.getContainerId()).exec();
            }

            @Override
            public void close() {
                // the containers belong to the class
            }
        });
    }

}
