package de.globallokal.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.test.context.DynamicPropertyRegistry;

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

    /** Points Spring's MongoDB client at the embedded server. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.data.mongodb.uri", () -> connectionString(database));
    }
}
