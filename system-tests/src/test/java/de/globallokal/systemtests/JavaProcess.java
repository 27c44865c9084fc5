package de.globallokal.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A Java process without an HTTP health endpoint (the local stack, a Kafka node) that
 * prints a line when it is ready. Each start writes a log of its own, so a restart is
 * ready only once it says so itself.
 */
final class JavaProcess implements AutoCloseable {

    private final String name;

    private final List<String> arguments;

    private final Map<String, String> environment;

    private final String readyLine;

    private Process process;

    private Path log;

    private int starts;

    /**
     * @param arguments what follows {@code java}: memory settings, {@code -jar} or
     * {@code -cp} with a main class, and its arguments
     */
    JavaProcess(String name, List<String> arguments, Map<String, String> environment, String readyLine) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.readyLine = readyLine;
    }

    JavaProcess start() throws IOException {
        starts++;
        log = ServiceProcess.root().resolve("system-tests/target/processes/" + name + "-" + starts + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    JavaProcess awaitReady() {
        Awaitility.await(name + " ready")
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                }
                return Files.readString(log).contains(readyLine);
            });
        return this;
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

}
