package de.globallokal.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local run's MongoDB answered is on disk: written, acknowledged, the process
 * killed with SIGKILL at once, started again, and every document is there.
 */
class LocalMongoDurabilityTests {

    private static final int WRITES = 200;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Path file = data.resolve("globallokal");
        int port = freePort();
        Process first = start(file, port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> things = client.getDatabase("durable").getCollection("things");
            for (int i = 0; i < WRITES; i++) {
                things.insertOne(new Document("_id", i).append("n", i));
            }
            things.updateOne(new Document("_id", 0), new Document("$set", new Document("n", -1)));
        }
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        Process second = start(file, port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> things = client.getDatabase("durable").getCollection("things");
            long kept = things.countDocuments();
            System.out.printf("acknowledged %d writes, SIGKILL, restart: %d kept, %d lost%n", WRITES + 1, kept,
                    WRITES - kept);
            assertThat(kept).isEqualTo(WRITES);
            assertThat(things.find(new Document("_id", 0)).first().getInteger("n")).isEqualTo(-1);
        }
        finally {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path file, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LocalMongoProcess.class.getName(), file.toString(), String.valueOf(port))
            .redirectErrorStream(true)
            .start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("READY")) {
                return process;
            }
        }
        throw new IllegalStateException("LocalMongo did not start");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
