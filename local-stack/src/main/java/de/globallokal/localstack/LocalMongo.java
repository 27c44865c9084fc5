package de.globallokal.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server whose databases live in one H2 file, committed before each
 * answer.
 */
public final class LocalMongo implements AutoCloseable {

    /** Enough that writes waiting for a shared commit never hold up the rest. */
    private static final int WORKERS = 64;

    private final Path file;

    private final int port;

    private MongoServer server;

    public LocalMongo(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public synchronized void start() throws Exception {
        Files.createDirectories(file.getParent());
        server = new MongoServer(new DurableH2Backend(file.toString()));
        // a write waits for its commit on the thread that serves its connection: with
        // netty's default of two per core, four waiting writes stopped every other
        // connection, reads included
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKERS);
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

}
