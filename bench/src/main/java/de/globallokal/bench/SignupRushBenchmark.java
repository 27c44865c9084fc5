package de.globallokal.bench;

import de.globallokal.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A popular event's opening: {@code people} sign up at once, {@code parallel} at a time,
 * straight at events-service, for an event with {@code seats} seats. Prints sign-ups per
 * second and the answers' p50/p95/p99 (after the same rush, unmeasured, on another event
 * to warm the service up), then checks that nobody was overbooked and that staff find
 * every sign-up answered 201. Target (issue 15): at least 200 sign-ups/s with p99 at most
 * 500 ms for 400 people, 40 in parallel, 25 seats. Runs against a local run that is
 * already up (bench/run.sh signups starts one).
 */
public final class SignupRushBenchmark {

    static final double TARGET_RATE = 200;

    static final double TARGET_P99_MS = 500;

    /** Sign-ups on another event before the measured rush. */
    static final int WARM_UP = 400;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SignupRushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String webUi = args[0];
        String events = args[1];
        int people = Integer.parseInt(args[2]);
        int parallel = Integer.parseInt(args[3]);
        int seats = Integer.parseInt(args[4]);
        Path output = Path.of(args[5]);
        String token = token(webUi);
        // the same rush on another event first, unmeasured: the figures are the warm
        // service's, not the just-in-time compiler's
        rush(events, token, createEvent(events, token, seats), WARM_UP, parallel, "warm-up-");
        String eventId = createEvent(events, token, seats);

        Rush rush = rush(events, token, eventId, people, parallel, "");
        List<Double> latencies = rush.latencies();
        Map<String, Integer> statuses = rush.statuses();
        Set<String> answered = rush.answered();
        double seconds = rush.seconds();
        Percentiles p = Percentiles.of(latencies);
        double rate = answered.size() / seconds;

        JsonNode listed = get(events + "/api/events/" + eventId + "/registrations", token).get("data");
        Set<String> found = new HashSet<>();
        int confirmed = 0;
        for (JsonNode registration : listed) {
            found.add(registration.get("id").asString());
            if ("CONFIRMED".equals(registration.path("status").asString())) {
                confirmed++;
            }
        }
        Set<String> missing = new HashSet<>(answered);
        missing.removeAll(found);

        System.out.println();
        System.out.printf(
                "Sign-up rush: %d people, %d in parallel, %d seats, straight at events-service, after %d on another event%n",
                people, parallel, seats, WARM_UP);
        System.out.println("| measure                 | value    | target       |");
        System.out.println("|-------------------------|----------|--------------|");
        System.out.printf("| sign-ups/s              | %8.1f | >= %.0f %s |%n", rate, TARGET_RATE,
                rate >= TARGET_RATE ? "met   " : "MISSED");
        System.out.printf("| answer p50 / p95 (ms)   | %4.0f/%-4.0f |              |%n", p.p50(), p.p95());
        System.out.printf("| answer p99 (ms)         | %8.1f | <= %.0f %s |%n", p.p99(), TARGET_P99_MS,
                p.p99() <= TARGET_P99_MS ? "met   " : "MISSED");
        System.out.printf("| answers by status       | %s |%n", statuses);
        System.out.printf("| confirmed / seats       | %d / %d %s |%n", confirmed, seats,
                confirmed <= seats ? "(no overbooking)" : "OVERBOOKED");
        System.out.printf("| 201s staff cannot find  | %8d |              |%n", missing.size());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("people", people);
        json.put("parallel", parallel);
        json.put("seats", seats);
        json.put("signupsPerSecond", rate);
        json.put("p50", p.p50());
        json.put("p95", p.p95());
        json.put("p99", p.p99());
        json.put("statuses", statuses);
        json.put("confirmed", confirmed);
        json.put("missingForStaff", missing.size());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, Json.strict().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println("\nwritten to " + output);
        if (confirmed > seats || !missing.isEmpty()) {
            System.exit(1);
        }
    }

    /** What one rush measured. */
    private record Rush(List<Double> latencies, Map<String, Integer> statuses, Set<String> answered, double seconds) {
    }

    private static Rush rush(String events, String token, String eventId, int people, int parallel, String prefix)
            throws Exception {
        List<Double> latencies = new CopyOnWriteArrayList<>();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < parallel; w++) {
                workers.add(pool.submit(() -> {
                    for (int person = next.getAndIncrement(); person < people; person = next.getAndIncrement()) {
                        signUp(events, token, eventId, prefix + person, latencies, statuses, answered);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return new Rush(latencies, statuses, answered, (System.nanoTime() - started) / 1e9);
    }

    private static void signUp(String events, String token, String eventId, String person, List<Double> latencies,
            Map<String, Integer> statuses, Set<String> answered) throws Exception {
        String body = """
                {"name":"Person %s","email":"person%s@example.org","language":"de","consent":true,
                 "consentVersion":"2026-11"}""".formatted(person, person);
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(URI.create(events + "/api/events/" + eventId + "/registrations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        latencies.add((System.nanoTime() - start) / 1e6);
        String status = String.valueOf(response.statusCode());
        if (response.statusCode() == 201) {
            JsonNode answer = Json.tolerant().readTree(response.body());
            answered.add(answer.get("id").asString());
            status = answer.get("status").asString();
        }
        statuses.merge(status, 1, Integer::sum);
    }

    /** An editor's token for events-service, as web-ui hands it out in the local run. */
    private static String token(String webUi) throws Exception {
        String basic = Base64.getEncoder().encodeToString("editor:globallokal-editor".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(URI.create(webUi + "/api/token?audience=events-service"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.tolerant().readTree(response.body()).get("access_token").asString();
    }

    private static String createEvent(String events, String token, int seats) throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"title":{"de":"Ansturm"},"start":"%s","end":"%s","category":"TALK","status":"PUBLISHED",
                 "registration":{"capacity":%d}}""".formatted(start, start.plusHours(2), seats);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(events + "/api/events"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the event was refused: " + response.statusCode() + " " + response.body());
        }
        return Json.tolerant().readTree(response.body()).get("id").asString();
    }

    private static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.tolerant().readTree(response.body());
    }

}
