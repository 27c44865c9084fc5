package de.globallokal.bench;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What citizens and calendar apps read: {@code /api/public/v1/events} and
 * {@code /feeds/events.ics} under 50 concurrent clients, against a static resource served
 * by the same web-ui in the same run (the floor). Target: p95 at most 3× the static one.
 * Runs against a local run that is already up (bench/run.sh reads starts one with demo
 * data).
 */
public final class PublicReadBenchmark {

    static final int CLIENTS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MEASURE = Duration.ofSeconds(20);
    static final double TARGET_RATIO = 3.0;

    private PublicReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Path output = Path.of(args.length > 1 ? args[1] : "bench/target/bench-reads.json");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("static /styles/globallokal.css", base + "/styles/globallokal.css");
        targets.put("/api/public/v1/events?size=50", base + "/api/public/v1/events?size=50");
        targets.put("/feeds/events.ics", base + "/feeds/events.ics");
        Map<String, Percentiles> results = new LinkedHashMap<>();
        Map<String, Double> throughput = new LinkedHashMap<>();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            run(target.getValue(), WARM_UP);
            Run measured = run(target.getValue(), MEASURE);
            results.put(target.getKey(), Percentiles.of(measured.latencies()));
            throughput.put(target.getKey(), measured.latencies().size() / (double) MEASURE.toSeconds());
            if (measured.errors() > 0) {
                System.out.println(target.getKey() + ": " + measured.errors() + " failed requests");
            }
        }
        double floor = results.values().iterator().next().p95();
        System.out.println();
        System.out.println("Public reads, " + CLIENTS + " concurrent clients, " + MEASURE.toSeconds() + " s each after "
                + WARM_UP.toSeconds() + " s warm-up");
        System.out.println(
                "| resource                          | req/s  | p50 ms | p95 ms | p99 ms | p95 / static | target |");
        System.out.println(
                "|-----------------------------------|--------|--------|--------|--------|--------------|--------|");
        Map<String, Object> json = new LinkedHashMap<>();
        for (Map.Entry<String, Percentiles> r : results.entrySet()) {
            Percentiles p = r.getValue();
            double ratio = p.p95() / floor;
            System.out.printf("| %-33s | %6.0f | %6.1f | %6.1f | %6.1f | %12.2f | %s |%n", r.getKey(),
                    throughput.get(r.getKey()), p.p50(), p.p95(), p.p99(), ratio,
                    r.getKey().startsWith("static") ? "floor " : ratio <= TARGET_RATIO ? "met   " : "MISSED");
            json.put(r.getKey(), Map.of("requestsPerSecond", throughput.get(r.getKey()), "p50", p.p50(), "p95", p.p95(),
                    "p99", p.p99(), "p95RatioToStatic", ratio));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, Json.strict().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println("\nwritten to " + output);
    }

    record Run(List<Double> latencies, int errors) {
    }

    /** CLIENTS threads, each sending one request after the other until the time is up. */
    static Run run(String url, Duration duration) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                int errors = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors++;
                            continue;
                        }
                        latencies.add((System.nanoTime() - start) / 1e6);
                    }
                    catch (IOException e) {
                        errors++;
                    }
                }
                return errors;
            }));
        }
        int errors = 0;
        for (Future<Integer> c : clients) {
            errors += c.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Run(new ArrayList<>(latencies), errors);
    }

}
