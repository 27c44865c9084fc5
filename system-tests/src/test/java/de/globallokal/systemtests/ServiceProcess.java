package de.globallokal.systemtests;

import de.globallokal.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** One of our services started from its executable jar, as run.sh and production do. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String module;

    private final int port;

    private final Map<String, String> environment;

    private Process process;

    ServiceProcess(String module, int port, Map<String, String> environment) {
        this.module = module;
        this.port = port;
        this.environment = environment;
    }

    static Path root() {
        return Path.of(System.getProperty("globallokal.root", "..")).toAbsolutePath().normalize();
    }

    ServiceProcess start() throws IOException {
        Path jar = root().resolve(module)
            .resolve("target")
            .resolve(module + "-" + System.getProperty("globallokal.version", "0.1.0-SNAPSHOT") + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; run the tests through Maven's verify phase");
        }
        Files.createDirectories(log().getParent());
        Path app = SharedClasses.extracted(module, jar);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                        // as run.sh starts them: C1 alone starts faster on two cores
                        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(SharedClasses.options(app));
        command.addAll(List.of("-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        process = builder.start();
        return this;
    }

    private Path log() {
        return root().resolve("system-tests/target/processes/" + module + ".log");
    }

    /** What the process has logged so far (its log is kept across the tests' runs). */
    Stream<String> logLines() throws IOException {
        return Files.readAllLines(log()).stream();
    }

    /**
     * Waits until the process has logged, as JSON, a line in the trace {@code traceId}
     * whose message contains {@code message}, and returns it.
     */
    JsonNode awaitLogged(String traceId, String message, Duration patience) {
        return Awaitility.await(module + " logging in trace " + traceId)
            .atMost(patience)
            .until(() -> logLines().filter(line -> line.startsWith("{") && line.contains(traceId))
                .map(line -> Json.tolerant().readTree(line))
                .filter(line -> line.path("message").asString().contains(message))
                .findFirst(), Optional::isPresent)
            .orElseThrow();
    }

    /** Waits until {@code /actuator/health} answers UP. */
    ServiceProcess awaitHealthy() {
        Awaitility.await(module + " healthy")
            .atMost(Duration.ofSeconds(180))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited with " + process.exitValue()
                            + "; see system-tests/target/processes/" + module + ".log");
                }
                return isHealthy();
            });
        return this;
    }

    private boolean isHealthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Stops the way an operator would: SIGTERM, graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Ends the process at once with SIGKILL: no shutdown hook, no graceful stop, nothing
     * flushed that was not already.
     */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    String name() {
        return module;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

}
