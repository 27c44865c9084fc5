package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.testkit.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run as run.sh starts it (the local stack's Kafka and MongoDB-wire server,
 * then the three services), with partnerships written all along, and each process killed
 * with SIGKILL in turn and started again: no change the API acknowledged is lost, and
 * once writes stop, every read model and replica equals its owner by id and version.
 */
class LocalRunCrashSystemTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final int CHANGES_PER_SECOND = 8;

    @TempDir
    Path data;

    @Test
    void killingAnyProcessUnderLoadLosesNoAcknowledgedChangeAndLeavesNoCopyBehind() throws Exception {
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
        Map<String, String> webUiEnv = new HashMap<>(common);
        webUiEnv.put("MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/webui");
        webUiEnv.put("SPRING_PROFILES_ACTIVE", "local");
        webUiEnv.put("GLOBALLOKAL_SERVICES_PARTNERSHIPS_URL", "http://127.0.0.1:" + partnershipsPort);
        webUiEnv.put("GLOBALLOKAL_SERVICES_EVENTS_URL", "http://127.0.0.1:" + eventsPort);

        FaultFigures figures = new FaultFigures("local run, SIGKILL under " + CHANGES_PER_SECOND + " changes/s");
        try (JavaProcess stack = new JavaProcess("local-stack",
                List.of("-Xmx320m", "-XX:+UseSerialGC", "-jar", stackJar.toString()), stackEnv, "local-stack: READY");
                ServiceProcess partnerships = new ServiceProcess("partnerships-service", partnershipsPort,
                        partnershipsEnv);
                ServiceProcess events = new ServiceProcess("events-service", eventsPort, eventsEnv);
                ServiceProcess webUi = new ServiceProcess("web-ui", webUiPort, webUiEnv);
                WriteLoad load = new WriteLoad(partnerships, TestTokens.editor());
                ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            stack.start().awaitReady();
            partnerships.start();
            events.start();
            webUi.start();
            partnerships.awaitHealthy();
            events.awaitHealthy();
            webUi.awaitHealthy();

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
                partnerships.awaitHealthy();
                events.awaitHealthy();
                webUi.awaitHealthy();
                Duration writableAfter = writable.get();
                Duration visibleAfter = visible.get();
                load.stop();

                FaultFigures.Settled settled = FaultFigures.awaitEqual(webUi, PATIENCE);
                List<WriteLoad.Ack> phase = load.acknowledged().subList(before, load.acknowledged().size());
                int lost = WriteLoad.lost(phase, WriteLoad.ownerVersions(partnerships, TestTokens.admin())).size();
                figures.add(new FaultFigures.Row("SIGKILL " + victim, phase.size(), load.refused() - refusedBefore,
                        lost, settled.differing(), writableAfter, visibleAfter, settled.after()));
            }
            figures.print();
            int lostOverall = WriteLoad
                .lost(load.acknowledged(), WriteLoad.ownerVersions(partnerships, TestTokens.admin()))
                .size();
            assertThat(lostOverall).as("acknowledged changes lost over the whole run").isZero();
            assertThat(figures.rows()).allSatisfy(row -> {
                assertThat(row.lost()).as(row.fault() + ": lost").isZero();
                assertThat(row.diverged()).as(row.fault() + ": diverged").isZero();
            });
        }
    }

}
