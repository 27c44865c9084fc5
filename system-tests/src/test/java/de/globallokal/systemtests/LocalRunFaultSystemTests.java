package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.testkit.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The local run as run.sh starts it (the local stack's Kafka and MongoDB-wire server,
 * then the three services), with partnerships written all along: each process killed with
 * SIGKILL in turn and started again loses no change the API acknowledged, and once writes
 * stop, every read model and replica equals its owner by id and version. Then the backup
 * and restore of the local data as README.md describes it, healed by a republish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunFaultSystemTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final int CHANGES_PER_SECOND = 8;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    private Path data;

    private JavaProcess stack;

    private ServiceProcess partnerships;

    private ServiceProcess events;

    private ServiceProcess webUi;

    private WriteLoad load;

    @BeforeAll
    void startTheLocalRun() throws Exception {
        data = temp.resolve("data");
        int kafkaPort = PipelineScenario.freePort();
        int mongoPort = PipelineScenario.freePort();
        Map<String, String> stackEnv = Map.of("GLOBALLOKAL_DATA", data.toString(), "KAFKA_PORT",
                String.valueOf(kafkaPort), "KAFKA_CONTROLLER_PORT", String.valueOf(PipelineScenario.freePort()),
                "MONGO_PORT", String.valueOf(mongoPort));
        Path stackJar = ServiceProcess.root()
            .resolve("local-stack/target/local-stack-" + System.getProperty("globallokal.version", "0.1.0-SNAPSHOT")
                    + "-exec.jar");
        int partnershipsPort = PipelineScenario.freePort();
        int eventsPort = PipelineScenario.freePort();
        int webUiPort = PipelineScenario.freePort();
        Map<String, String> common = new HashMap<>(PipelineScenario.TOKEN_KEYS);
        common.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        common.put("GLOBALLOKAL_OUTBOX_INTERVAL", "500ms");
        Map<String, String> partnershipsEnv = new HashMap<>(common);
        partnershipsEnv.put("MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/partnerships");
        Map<String, String> eventsEnv = new HashMap<>(common);
        eventsEnv.put("MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/events");
        eventsEnv.put("GLOBALLOKAL_MAIL_MAILBOX", "local");
        Map<String, String> webUiEnv = new HashMap<>(common);
        webUiEnv.put("MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/webui");
        webUiEnv.put("SPRING_PROFILES_ACTIVE", "local");
        webUiEnv.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        webUiEnv.put("LOGGING_LEVEL_DE_GLOBALLOKAL_TRACING", "DEBUG");
        webUiEnv.put("GLOBALLOKAL_SERVICES_PARTNERSHIPS_URL", "http://127.0.0.1:" + partnershipsPort);
        webUiEnv.put("GLOBALLOKAL_SERVICES_EVENTS_URL", "http://127.0.0.1:" + eventsPort);

        stack = new JavaProcess("local-stack",
                List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", stackJar.toString()),
                stackEnv, "local-stack: READY");
        partnerships = new ServiceProcess("partnerships-service", partnershipsPort, partnershipsEnv);
        events = new ServiceProcess("events-service", eventsPort, eventsEnv);
        webUi = new ServiceProcess("web-ui", webUiPort, webUiEnv);
        load = new WriteLoad(partnerships, TestTokens.editor(), TestTokens.admin());
        startAll();
    }

    @AfterAll
    void stopTheLocalRun() throws Exception {
        if (load != null) {
            load.stop();
        }
        stopAll();
    }

    /**
     * The client's trace goes on through the outbox and Kafka into web-ui's projector,
     * whose JSON log line names it.
     */
    @Test
    @Order(0)
    void aChangeIsTracedFromItsRequestToTheReadModel() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(partnerships.url("/api/partnerships"))
            .header("Authorization", "Bearer " + TestTokens.editor())
            .header("Content-Type", "application/json")
            .header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01")
            .POST(HttpRequest.BodyPublishers.ofString("""
                    {"partner":{"name":"Spurenstadt","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                     "description":{"de":"Systemtest"}}"""))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode projected = webUi.awaitLogged(traceId, "reached the read model", PATIENCE);
        assertThat(projected.get("traceId").asString()).isEqualTo(traceId);
        assertThat(projected.get("spanId").asString()).as("a span of its own").isNotEqualTo(traceId.substring(0, 16));
        assertThat(projected.at("/log/logger").asString()).isEqualTo("de.globallokal.tracing");
        assertThat(projected.at("/service/name").asString()).isEqualTo("web-ui");
    }

    @Test
    @Order(1)
    void killingAnyProcessUnderLoadLosesNoAcknowledgedChangeAndLeavesNoCopyBehind() throws Exception {
        FaultFigures figures = new FaultFigures("local run, SIGKILL under " + CHANGES_PER_SECOND + " changes/s");
        try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String victim : List.of("partnerships-service", "events-service", "web-ui", "local-stack")) {
                int before = load.acknowledged().size();
                int refusedBefore = load.refused();
                load.start(CHANGES_PER_SECOND);
                await("writes flowing").atMost(PATIENCE).until(() -> load.acknowledged().size() >= before + 20);

                long killed = System.nanoTime();
                switch (victim) {
                    case "local-stack" -> stack.kill();
                    case "partnerships-service" -> partnerships.kill();
                    case "events-service" -> events.kill();
                    default -> webUi.kill();
                }
                // measured from the kill on, while the victim starts again
                Future<Duration> writable = probes.submit(() -> FaultFigures.awaitWritable(load, killed, PATIENCE));
                Future<Duration> visible = probes
                    .submit(() -> FaultFigures.awaitVisible(load, webUi, killed, PATIENCE));
                switch (victim) {
                    case "local-stack" -> stack.start().awaitReady();
                    case "partnerships-service" -> partnerships.start();
                    case "events-service" -> events.start();
                    default -> webUi.start();
                }
                awaitAllHealthy();
                Duration writableAfter = writable.get();
                Duration visibleAfter = visible.get();
                load.stop();

                FaultFigures.Settled settled = FaultFigures.awaitEqual(webUi, PATIENCE);
                List<WriteLoad.Ack> phase = load.acknowledged().subList(before, load.acknowledged().size());
                int lost = WriteLoad.lost(phase, owned()).size();
                figures.add(new FaultFigures.Row("SIGKILL " + victim, phase.size(), load.refused() - refusedBefore,
                        lost, settled.differing(), writableAfter, visibleAfter, settled.after()));
            }
        }
        figures.print();
        assertThat(WriteLoad.lost(load.acknowledged(), owned())).as("acknowledged changes lost over the whole run")
            .isEmpty();
        assertThat(figures.rows()).allSatisfy(row -> {
            assertThat(row.lost()).as(row.fault() + ": lost").isZero();
            assertThat(row.diverged()).as(row.fault() + ": diverged").isZero();
        });
    }

    /**
     * README.md's procedure: copy {@code data/} while it is not in use (here the local
     * stack alone is stopped for the copy); to restore, stop the run, put the copy back,
     * start, republish. What was written after the backup is gone everywhere alike,
     * everything before it is back, and every copy equals its owner.
     */
    @Test
    @Order(2)
    void aBackupOfTheLocalDataRestoresWhatItHeldAndARepublishLeavesEveryCopyEqual() throws Exception {
        writeAndSettle(20);
        List<WriteLoad.Ack> backedUp = load.acknowledged();
        // the data lives in the local stack alone; the services wait for it meanwhile
        stack.close();
        Path backup = temp.resolve("backup");
        copy(data, backup);
        stack.start().awaitReady();
        awaitAllHealthy();
        writeAndSettle(20);
        List<WriteLoad.Ack> afterBackup = load.acknowledged().subList(backedUp.size(), load.acknowledged().size());

        stopAll();
        delete(data);
        copy(backup, data);
        long restored = System.nanoTime();
        startAll();
        Map<String, Long> restoredVersions = owned();
        HttpResponse<String> republished = HTTP.send(HttpRequest.newBuilder(webUi.url("/api/admin/republish"))
            .header("Authorization",
                    "Basic " + Base64.getEncoder()
                        .encodeToString("admin:globallokal-admin".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString());
        FaultFigures.Settled settled = FaultFigures.awaitEqual(webUi, PATIENCE);

        Map<String, Long> owned = owned();
        int gone = WriteLoad.lost(afterBackup, restoredVersions).size();
        System.out.printf(
                "[local run, backup and restore] %d changes before the backup: %d lost; %d after it: %d gone with"
                        + " the restore; republish %s; copies equal %.1f s after the restore started (%d differing)%n",
                backedUp.size(), WriteLoad.lost(backedUp, owned).size(), afterBackup.size(), gone, republished.body(),
                Duration.ofNanos(System.nanoTime() - restored).toMillis() / 1000.0, settled.differing());
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
        assertThat(republished.body()).doesNotContain("(");
        assertThat(WriteLoad.lost(backedUp, owned)).as("what the backup held").isEmpty();
        assertThat(settled.differing()).as("copies differing from their owner").isZero();
    }

    private void writeAndSettle(int changes) throws InterruptedException {
        int before = load.acknowledged().size();
        load.start(CHANGES_PER_SECOND);
        await("writes flowing").atMost(PATIENCE).until(() -> load.acknowledged().size() >= before + changes);
        load.stop();
        assertThat(FaultFigures.awaitEqual(webUi, PATIENCE).differing()).isZero();
    }

    private Map<String, Long> owned() throws Exception {
        return WriteLoad.ownerVersions(partnerships, TestTokens.admin());
    }

    private void startAll() throws Exception {
        stack.start().awaitReady();
        partnerships.start();
        events.start();
        webUi.start();
        awaitAllHealthy();
    }

    private void awaitAllHealthy() {
        partnerships.awaitHealthy();
        events.awaitHealthy();
        webUi.awaitHealthy();
    }

    /** As run.sh stops: the services first, the infrastructure last. */
    private void stopAll() throws InterruptedException {
        for (AutoCloseable process : List.<AutoCloseable>of(webUi, events, partnerships, stack)) {
            try {
                process.close();
            }
            catch (InterruptedException e) {
                throw e;
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    }
                    else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

}
