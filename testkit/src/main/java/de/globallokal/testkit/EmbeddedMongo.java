package de.globallokal.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** One in-memory MongoDB-wire server per test JVM, on a free port. */
public final class EmbeddedMongo {

    private static MongoServer server;

    private EmbeddedMongo() {
    }

    public static synchronized String connectionString(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            System.setProperty("globallokal.test.mongo.port", String.valueOf(address.getPort()));
        }
        return "mongodb://127.0.0.1:" + System.getProperty("globallokal.test.mongo.port") + "/" + database;
    }

    /** Points each test context at a database of its own on the embedded server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mongodb.uri=" + connectionString("test-" + UUID.randomUUID()))
                .applyTo(context);
        }

    }

}
