package de.globallokal.systemtests;

/** Kafka and MongoDB as a scenario sees them: addresses, and a way to take Kafka away. */
interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    String mongoUri(String database);

    void stopKafka() throws Exception;

    void startKafka() throws Exception;

}
