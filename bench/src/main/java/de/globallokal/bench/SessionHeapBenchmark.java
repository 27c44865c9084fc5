package de.globallokal.bench;

import de.globallokal.core.json.Json;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heap a public visitor's Vaadin session keeps: sessions are opened headless (the
 * page, Vaadin's init request and the navigation that builds the view, see
 * {@link VaadinVisit}), and after each batch the web-ui JVM is made to collect garbage
 * and its used heap is read with jcmd. The slope of heap over sessions is the retained
 * heap per session. Target: at most 200 kB.
 */
public final class SessionHeapBenchmark {

    static final int BATCH = 50;
    static final int BATCHES = 4;
    static final double TARGET_KB = 200;

    private SessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        long pid = Long.parseLong(args[1]);
        Path output = Path.of(args.length > 2 ? args[2] : "bench/target/bench-sessions.json");
        String page = args.length > 3 ? args[3] : "veranstaltungen";
        open(base, page, 20); // warm-up: classes loaded, caches filled
        List<double[]> points = new ArrayList<>();
        points.add(new double[] { 0, usedHeapAfterGc(pid) });
        for (int batch = 1; batch <= BATCHES; batch++) {
            open(base, page, BATCH);
            points.add(new double[] { batch * BATCH, usedHeapAfterGc(pid) });
        }
        double slope = slopeOf(points);
        printSlope("Retained heap per public Vaadin session (/" + page + "), " + BATCHES + " × " + BATCH + " sessions",
                "session", points, slope, TARGET_KB);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("page", page);
        json.put("points", points);
        json.put("kBPerSession", slope / 1024);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, Json.strict().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    /**
     * Opens sessions the way a browser starts: the page, Vaadin's init request, the
     * navigation that builds the view.
     */
    static void open(String base, String page, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
            VaadinVisit.open(browser, base, page);
        }
    }

    /** Full GC in the target JVM, then its used heap in bytes (jcmd GC.heap_info). */
    static double usedHeapAfterGc(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        double used = 0;
        // Java 25: "DefNew total 116224K, used 38376K [...]" / "Tenured total 258048K,
        // used 54332K [...]"; Java 17 said "def new generation" / "tenured generation";
        // G1 "garbage-first heap"
        for (String line : info.split("\n")) {
            int at = line.indexOf("used ");
            boolean generation = line.startsWith("DefNew") || line.startsWith("Tenured") || line.contains("generation")
                    || line.contains("garbage-first heap");
            if (generation && at > 0) {
                String number = line.substring(at + 5).replaceAll("[^0-9].*", "");
                used += Double.parseDouble(number) * 1024;
            }
        }
        if (used == 0) {
            // a JVM that words its heap differently must not read as an empty heap and a
            // target met
            throw new IllegalStateException("no heap figures in jcmd GC.heap_info:\n" + info);
        }
        return used;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** The readings as a table, then the slope against its target. */
    static void printSlope(String title, String unit, List<double[]> points, double slope, double targetKb) {
        System.out.println();
        System.out.println(title);
        System.out.printf("| %ss | used heap after GC (MiB) |%n", unit);
        System.out.println("|---|---|");
        for (double[] p : points) {
            System.out.printf("| %.0f | %.1f |%n", p[0], p[1] / (1024 * 1024));
        }
        System.out.printf("slope: %.1f kB per %s (target ≤ %.0f kB: %s)%n", slope / 1024, unit, targetKb,
                slope / 1024 <= targetKb ? "met" : "MISSED");
    }

    static double slopeOf(List<double[]> points) {
        double n = points.size();
        double sx = 0, sy = 0, sxy = 0, sxx = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxy += p[0] * p[1];
            sxx += p[0] * p[0];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

}
