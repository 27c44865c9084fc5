package de.globallokal.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system tests start each service many times, three at once on two cores, where
 * loading classes is most of a start. A service's jar is unpacked once (Spring Boot's
 * tools mode) so the JVM can keep the classes it loaded in a shared archive when the
 * service stops, and map them on every later start.
 */
final class SharedClasses {

    private SharedClasses() {
    }

    /** The unpacked form of the jar, made anew when the jar is newer. */
    static synchronized Path extracted(String module, Path jar) {
        Path directory = ServiceProcess.root().resolve("system-tests/target/cds/" + module);
        Path app = directory.resolve(jar.getFileName());
        try {
            if (Files.exists(app) && Files.getLastModifiedTime(app).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return app;
            }
            delete(directory);
            Files.createDirectories(directory.getParent());
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0 || !Files.exists(app)) {
                throw new IllegalStateException("could not unpack " + jar);
            }
            return app;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JVM writes the archive when a service ends normally (a killed one writes
     * nothing) and maps it on later starts; a stale archive is written anew. Asking a
     * running JVM for its archive (jcmd VM.cds dynamic_dump) crashed it here (Temurin
     * 25.0.3, in LambdaProxyClassDictionary).
     */
    static List<String> options(Path app) {
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + app.resolveSibling("classes.jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

}
