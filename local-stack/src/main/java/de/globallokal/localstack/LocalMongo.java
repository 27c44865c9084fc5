package de.globallokal.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB-wire server whose databases live in one H2 file. */
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
        server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            // a clean shutdown flushes the H2 file; only SIGKILL can lose the last second
            // of writes
            server.shutdown();
            server = null;
        }
    }

}
