package de.globallokal.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local run's MongoDB answered is on disk: written, acknowledged, the process
 * killed with SIGKILL at once, started again, and every document is there — and a file
 * stored through GridFS, as attachments will be, comes back byte for byte.
 */
class LocalMongoDurabilityTests {

    private static final int WRITES = 200;

    /** Three megabytes that compress badly, like a photo. */
    private static final byte[] FILE = new Random(7).ints(3 * 1024 * 1024, 0, 256)
        .collect(ByteArrayOutputStream::new, (out, b) -> out.write(b), (a, b) -> a.writeBytes(b.toByteArray()))
        .toByteArray();

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
            GridFSBuckets.create(client.getDatabase("durable"))
                .uploadFromStream("photo.jpg", new ByteArrayInputStream(FILE),
                        new GridFSUploadOptions().metadata(new Document("type", "image/jpeg")));
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
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            GridFSBucket files = GridFSBuckets.create(client.getDatabase("durable"));
            files.downloadToStream("photo.jpg", back);
            assertThat(back.toByteArray()).as("a file of %d chunks", FILE.length / (255 * 1024) + 1).isEqualTo(FILE);
            assertThat(files.find().first().getMetadata().getString("type")).isEqualTo("image/jpeg");
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
