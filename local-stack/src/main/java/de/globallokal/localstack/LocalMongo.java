package de.globallokal.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server whose databases live in one H2 file, committed before each
 * answer.
 */
public final class LocalMongo implements AutoCloseable {

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
        server.bind("127.0.0.1", port);
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
