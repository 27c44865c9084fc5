package de.globallokal.systemtests;

import de.globallokal.core.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Partnerships created, changed and now and then deleted through partnerships-service's
 * API at a steady rate while a test breaks things, with a ledger of every change the API
 * acknowledged: the changes that must survive whatever happens next.
 */
final class WriteLoad implements AutoCloseable {

    /** A change the API answered 2xx: the aggregate and the version it reached. */
    record Ack(String id, long version, long atNanos) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final int AGGREGATES = 15;

    private final ServiceProcess owner;

    private final String token;

    private final String adminToken;

    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    private final List<Ack> acks = new CopyOnWriteArrayList<>();

    private final AtomicInteger refused = new AtomicInteger();

    private ScheduledExecutorService writer;

    /**
     * @param adminToken for the deletions, which editors may not make
     */
    WriteLoad(ServiceProcess owner, String editorToken, String adminToken) {
        this.owner = owner;
        this.token = editorToken;
        this.adminToken = adminToken;
    }

    /** Starts writing {@code perSecond} changes a second, or trying to. */
    WriteLoad start(int perSecond) {
        writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("write-load").factory());
        writer.scheduleWithFixedDelay(this::writeOne, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
        return this;
    }

    void stop() throws InterruptedException {
        if (writer != null) {
            writer.shutdown();
            writer.awaitTermination(30, TimeUnit.SECONDS);
            writer = null;
        }
    }

    List<Ack> acknowledged() {
        return List.copyOf(acks);
    }

    int refused() {
        return refused.get();
    }

    /**
     * The acknowledged changes the owner no longer has: its aggregate is missing or at a
     * lower version. {@code owned}: the owner's versions by id.
     */
    static List<Ack> lost(List<Ack> acknowledged, Map<String, Long> owned) {
        return acknowledged.stream().filter(ack -> owned.getOrDefault(ack.id(), 0L) < ack.version()).toList();
    }

    /** The owner's partnerships by id with their versions, asked as administrator. */
    static Map<String, Long> ownerVersions(ServiceProcess owner, String adminToken) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(owner.url("/api/admin/versions"))
            .header("Authorization", "Bearer " + adminToken)
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("versions: " + response.statusCode() + " " + response.body());
        }
        Map<String, Long> owned = new ConcurrentHashMap<>();
        for (JsonNode aggregate : Json.tolerant().readTree(response.body()).get("partnership")) {
            owned.put(aggregate.get("id").asString(), aggregate.get("version").asLong());
        }
        return owned;
    }

    private void writeOne() {
        try {
            List<String> ids = new ArrayList<>(versions.keySet());
            if (ids.size() < AGGREGATES) {
                create();
            }
            else if (ThreadLocalRandom.current().nextInt(10) == 0) {
                delete(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
            }
            else {
                update(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
            }
        }
        catch (IOException e) {
            refused.incrementAndGet(); // down, or no answer: the outcome is unknown, not
                                       // acknowledged
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            refused.incrementAndGet();
        }
    }

    private void create() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(owner.url("/api/partnerships"))
            .POST(HttpRequest.BodyPublishers.ofString(body("Partner " + System.nanoTime()))));
        if (response.statusCode() == 201) {
            acknowledge(Json.tolerant().readTree(response.body()));
        }
        else {
            refused.incrementAndGet();
        }
    }

    private void update(String id) throws IOException, InterruptedException {
        long version = versions.get(id);
        HttpResponse<String> response = send(HttpRequest.newBuilder(owner.url("/api/partnerships/" + id))
            .header("If-Match", "\"" + version + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString(body("Partner " + id.substring(0, 8) + " v" + (version + 1)))));
        if (response.statusCode() == 200) {
            acknowledge(Json.tolerant().readTree(response.body()));
        }
        else if (response.statusCode() == 412) {
            // an earlier write went through, but its answer was lost with the process
            HttpResponse<String> current = send(
                    HttpRequest.newBuilder(owner.url("/api/partnerships/" + id + "?_=" + System.nanoTime())).GET());
            if (current.statusCode() == 200) {
                versions.put(id, Json.tolerant().readTree(current.body()).get("version").asLong());
            }
            refused.incrementAndGet();
        }
        else {
            refused.incrementAndGet();
        }
    }

    private void delete(String id) throws IOException, InterruptedException {
        long version = versions.get(id);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(owner.url("/api/partnerships/" + id))
            .header("Authorization", "Bearer " + adminToken)
            .header("If-Match", "\"" + version + "\"")
            .timeout(Duration.ofSeconds(5))
            .DELETE()
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 204) {
            versions.remove(id); // a deletion is its last change
            acks.add(new Ack(id, version + 1, System.nanoTime()));
        }
        else {
            if (response.statusCode() == 412 || response.statusCode() == 404) {
                versions.remove(id); // changed or gone meanwhile, its answer lost: leave
                                     // it
            }
            refused.incrementAndGet();
        }
    }

    private void acknowledge(JsonNode aggregate) {
        String id = aggregate.get("id").asString();
        long version = aggregate.get("version").asLong();
        versions.put(id, version);
        acks.add(new Ack(id, version, System.nanoTime()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(5))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String name) {
        return """
                {"partner":{"name":"%s","country":"FR"},"kind":"TOWN_TWINNING","since":1960,
                 "status":"ACTIVE","description":{"de":"Lasttest"},"sdgs":[17]}""".formatted(name);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

}
