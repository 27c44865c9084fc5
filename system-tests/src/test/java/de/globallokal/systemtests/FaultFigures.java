package de.globallokal.systemtests;

import de.globallokal.core.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import static org.awaitility.Awaitility.await;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * What a fault test measures, one row per fault, printed as a table: the changes the API
 * acknowledged while the fault happened, how many of those the owner lost, how many
 * copies differed from their owner once writes had stopped and the pipeline had caught
 * up, and how long recovery took.
 */
final class FaultFigures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * @param writable from the fault until the API acknowledged a write again
     * @param visible from the fault until a change acknowledged after it showed in
     * web-ui's public API
     * @param converged from the end of the writes until every copy equalled its owner
     */
    record Row(String fault, int acknowledged, int refused, int lost, int diverged, Duration writable, Duration visible,
            Duration converged) {
    }

    private final String title;

    private final List<Row> rows = new ArrayList<>();

    FaultFigures(String title) {
        this.title = title;
    }

    void add(Row row) {
        rows.add(row);
        System.out.printf(
                "[%s] %s: acknowledged %d, refused %d, lost %d, diverged %d, writable after %.1f s, "
                        + "visible after %.1f s, copies equal %.1f s after the writes stopped%n",
                title, row.fault(), row.acknowledged(), row.refused(), row.lost(), row.diverged(),
                seconds(row.writable()), seconds(row.visible()), seconds(row.converged()));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print() {
        StringBuilder table = new StringBuilder("\n" + title + "\n");
        table.append("| fault | acknowledged | refused | lost | diverged | writable after (s) | visible after (s) "
                + "| equal after (s) |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format("| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n", row.fault(),
                    row.acknowledged(), row.refused(), row.lost(), row.diverged(), seconds(row.writable()),
                    seconds(row.visible()), seconds(row.converged())));
        }
        System.out.println(table);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /**
     * From {@code faultNanos} until the API acknowledged a write again; waits for it.
     */
    static Duration awaitWritable(WriteLoad load, long faultNanos, Duration patience) {
        await("writes acknowledged again").atMost(patience)
            .until(() -> load.acknowledged().stream().anyMatch(ack -> ack.atNanos() > faultNanos));
        return Duration.ofNanos(load.acknowledged()
            .stream()
            .filter(ack -> ack.atNanos() > faultNanos)
            .mapToLong(WriteLoad.Ack::atNanos)
            .min()
            .orElseThrow() - faultNanos);
    }

    /**
     * From {@code faultNanos} until a change acknowledged after it shows in web-ui's
     * public API at its version; waits for it, the writes going on.
     */
    static Duration awaitVisible(WriteLoad load, ServiceProcess webUi, long faultNanos, Duration patience) {
        await("a change made after the fault visible in web-ui").atMost(patience)
            .pollInterval(Duration.ofMillis(200))
            .until(() -> {
                Map<String, Long> shown = publicVersions(webUi);
                return load.acknowledged()
                    .stream()
                    .anyMatch(ack -> ack.atNanos() > faultNanos && shown.getOrDefault(ack.id(), 0L) >= ack.version());
            });
        return Duration.ofNanos(System.nanoTime() - faultNanos);
    }

    private static Map<String, Long> publicVersions(ServiceProcess webUi) {
        Map<String, Long> versions = new HashMap<>();
        try {
            HttpResponse<String> response = HTTP
                .send(HttpRequest.newBuilder(webUi.url("/api/public/v1/partnerships?size=200"))
                    .timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                for (JsonNode item : Json.tolerant().readTree(response.body()).get("data")) {
                    versions.put(item.get("id").asString(), item.get("version").asLong());
                }
            }
        }
        catch (Exception e) {
            // web-ui is away: nothing visible yet
        }
        return versions;
    }

    /** The copies still differing when they stopped changing or time ran out. */
    record Settled(int differing, Duration after) {
    }

    /**
     * Waits until every copy equals its owner, for at most {@code patience}, and says how
     * many still differ then (-1: a service never answered) and how long it took.
     */
    static Settled awaitEqual(ServiceProcess webUi, Duration patience) {
        long start = System.nanoTime();
        AtomicInteger last = new AtomicInteger(-1);
        try {
            Awaitility.await("copies equal to their owners")
                .atMost(patience)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    last.set(differing(webUi));
                    return last.get() == 0;
                });
        }
        catch (ConditionTimeoutException e) {
            // reported as a figure; the test asserts on it
        }
        return new Settled(last.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * How many aggregates differ from their owner in web-ui's read models and
     * events-service's replicas, by web-ui's divergence check; -1 while a service does
     * not answer it.
     */
    static int differing(ServiceProcess webUi) {
        try {
            String basic = Base64.getEncoder()
                .encodeToString("admin:globallokal-admin".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(webUi.url("/api/admin/divergence"))
                .header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            JsonNode report = Json.tolerant().readTree(response.body());
            if (!report.get("unreachable").isEmpty()) {
                return -1;
            }
            int differing = 0;
            for (String copies : List.of("types", "replicas")) {
                for (JsonNode type : report.get(copies)) {
                    differing += type.get("differing").asInt();
                }
            }
            return differing;
        }
        catch (Exception e) {
            return -1;
        }
    }

}
