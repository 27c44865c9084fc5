package de.globallokal.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.globallokal.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives partnership changes through the real REST API of a running local stack and
 * measures, on the same broker and database: (a) write-accepted → visible latency at a
 * steady rate, (b) replay throughput of a read-model rebuild, (c) the floor of both — a
 * bare produce → consume → upsert loop — and (d) the resident memory of every process.
 */
public final class PipelineBenchmark {

    private static final String BOOTSTRAP = "127.0.0.1:9092";

    private static final String MONGO = "mongodb://127.0.0.1:27017";

    private static final String WEB_UI = "http://127.0.0.1:8080";

    private static final String PARTNERSHIPS = "http://127.0.0.1:8081";

    private static final String FLOOR_TOPIC = "bench.floor";

    /**
     * The services' JIT keeps compiling for thousands of requests; measure after it
     * settles.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5000);

    private static final int FLOOR_WARM_UP = 1000;

    private final HttpClient http = HttpClient.newHttpClient();

    private final MongoClient mongo = MongoClients.create(MONGO);

    private final MongoDatabase webUi = mongo.getDatabase("webui");

    private final MongoCollection<Document> floor = mongo.getDatabase("bench").getCollection("floor");

    private final MongoCollection<Document> floorReplay = mongo.getDatabase("bench").getCollection("floor_replay");

    private String token;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path output = Path.of(args.length > 3 ? args[3] : "bench/target/bench-results.json");
        new PipelineBenchmark().run(data, changes, rate, output);
    }

    private void run(Path data, int changes, int rate, Path output) throws Exception {
        Map<String, Double> memoryAtStart = ProcessMemory.residentMiB(data.resolve("run.pids"));
        token = token();
        floor.drop();
        floorReplay.drop();

        try (KafkaProducer<String, String> producer = producer();
                FloorLoop floorLoop = new FloorLoop(BOOTSTRAP, FLOOR_TOPIC, floor)) {
            say("warming up: %d changes through our path, %d through the floor", WARM_UP, FLOOR_WARM_UP);
            List<String> warm = driveOurs(WARM_UP, rate);
            awaitVisible(warm);
            List<String> floorWarm = TopicTimestamps.read(BOOTSTRAP, "globallokal.partnerships", warm)
                .values()
                .subList(0, Math.min(FLOOR_WARM_UP, warm.size()));
            driveFloor(producer, floorWarm, rate, 0);
            await(() -> floorLoop.applied() >= floorWarm.size(), "floor warm-up");

            say("ours: %d changes at %d/s through POST /api/partnerships", changes, rate);
            Map<String, Double> cpuBefore = ProcessMemory.cpuMillis(data.resolve("run.pids"));
            List<String> ids = driveOurs(changes, rate);
            awaitVisible(ids);
            Map<String, Double> cpuPerChange = new LinkedHashMap<>();
            ProcessMemory.cpuMillis(data.resolve("run.pids"))
                .forEach((name, ms) -> cpuPerChange.put(name, (ms - cpuBefore.getOrDefault(name, 0.0)) / changes));
            Percentiles ours = Percentiles.of(oursLatencies(ids));
            TopicTimestamps topic = TopicTimestamps.read(BOOTSTRAP, "globallokal.partnerships", ids);
            Map<String, Long> published = topic.timestamps();
            List<String> sameDocuments = topic.values();
            Percentiles relay = Percentiles.of(stage(ids, published, true));
            Percentiles projector = Percentiles.of(stage(ids, published, false));

            say("floor: %d records at %d/s, produce → consume → upsert", changes, rate);
            floor.deleteMany(new Document());
            driveFloor(producer, sameDocuments, rate, FLOOR_WARM_UP);
            await(() -> floor.countDocuments() >= sameDocuments.size(), "floor latency run");
            Percentiles bare = Percentiles.of(floorLatencies());

            long total = readModel().countDocuments();
            say("ours: rebuilding the read model from the topic (%d aggregates)", total);
            double oursReplay = oursReplay(total);
            long floorRecords = Math.min(FLOOR_WARM_UP, WARM_UP) + (long) sameDocuments.size();
            say("floor: replaying %d records into an empty collection", floorRecords);
            double floorReplayRate = floorReplay(floorRecords);

            Map<String, Double> memoryAfter = ProcessMemory.residentMiB(data.resolve("run.pids"));
            report(changes, rate, ours, bare, relay, projector, oursReplay, floorReplayRate, memoryAtStart, memoryAfter,
                    cpuPerChange, output);
        }
        finally {
            mongo.close();
        }
    }

    private List<String> driveOurs(int count, int perSecond) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        atRate(count, perSecond, i -> {
            String body = """
                    {"partner":{"name":"Bench %d","country":"FR","location":{"lat":47.5,"lon":6.8}},
                     "kind":"TOWN_TWINNING","since":1990,"status":"ACTIVE",
                     "description":{"de":"Messlauf, Änderung %d","en":"Benchmark change %d"},"sdgs":[11,17]}"""
                .formatted(i, i, i);
            responses.add(http.sendAsync(HttpRequest.newBuilder(URI.create(PARTNERSHIPS + "/api/partnerships"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()));
            return null;
        });
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            HttpResponse<String> answer = response.join();
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("create refused: " + answer.statusCode() + " " + answer.body());
            }
            ids.add(Json.tolerant().readTree(answer.body()).get("id").asString());
        }
        return ids;
    }

    /**
     * Sends the very envelopes our relay published, stamped with the time they are
     * produced.
     */
    private void driveFloor(KafkaProducer<String, String> producer, List<String> envelopes, int perSecond, int offset)
            throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        atRate(envelopes.size(), perSecond, i -> {
            ObjectNode envelope = (ObjectNode) Json.tolerant().readTree(envelopes.get(i));
            envelope.put("producedAt", System.currentTimeMillis());
            sent.add(producer.send(new ProducerRecord<>(FLOOR_TOPIC, "floor-" + (offset + i), envelope.toString())));
            return null;
        });
        for (Future<?> future : sent) {
            future.get();
        }
    }

    private static void atRate(int count, int perSecond, IntFunction<Void> action) {
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            action.apply(i);
        }
    }

    /**
     * Polls gently: a tight poll with a big query would load the very database being
     * measured.
     */
    private void awaitVisible(List<String> ids) {
        String last = ids.get(ids.size() - 1);
        await(() -> readModel().find(Filters.eq("_id", last)).first() != null, "last change visible in web-ui");
        await(() -> readModel().countDocuments(Filters.in("_id", ids)) == ids.size(), "changes visible in web-ui");
    }

    private List<Double> oursLatencies(List<String> ids) {
        List<Double> latencies = new ArrayList<>();
        for (Document document : readModel().find(Filters.in("_id", ids))) {
            Instant accepted = Instant.parse(document.get("data", Document.class).getString("modified"));
            Instant visible = document.getDate("projected").toInstant();
            latencies.add((double) Duration.between(accepted, visible).toMillis());
        }
        return latencies;
    }

    /**
     * Either write → published (the relay) or published → visible (the projector), per
     * change.
     */
    private List<Double> stage(List<String> ids, Map<String, Long> published, boolean relayStage) {
        List<Double> latencies = new ArrayList<>();
        for (Document document : readModel().find(Filters.in("_id", ids))) {
            Long publishedAt = published.get(document.getString("_id"));
            if (publishedAt == null) {
                continue;
            }
            long accepted = Instant.parse(document.get("data", Document.class).getString("modified")).toEpochMilli();
            long visible = document.getDate("projected").getTime();
            latencies.add((double) (relayStage ? publishedAt - accepted : visible - publishedAt));
        }
        return latencies;
    }

    private List<Double> floorLatencies() {
        List<Double> latencies = new ArrayList<>();
        for (Document document : floor.find()) {
            latencies.add((double) (document.getDate("projected").getTime() - document.getLong("producedAt")));
        }
        return latencies;
    }

    private double oursReplay(long total) throws Exception {
        Date start = new Date();
        String before = readModel().getNamespace().getCollectionName();
        long t0 = System.nanoTime();
        String basic = Base64.getEncoder().encodeToString("admin:globallokal-admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http
            .send(HttpRequest.newBuilder(URI.create(WEB_UI + "/api/admin/read-models/partnerships/rebuild"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: " + answer.statusCode() + " " + answer.body());
        }
        // the rebuild fills a new generation and switches to it once complete
        await(() -> !readModel().getNamespace().getCollectionName().equals(before)
                && readModel().countDocuments(Filters.gte("projected", start)) >= total, "rebuild complete");
        return total / projectionSeconds(readModel());
    }

    /** web-ui's partnerships in the generation it reads now (DD013). */
    private MongoCollection<Document> readModel() {
        Document current = webUi.getCollection("read_model_generations")
            .find(Filters.eq("_id", "partnerships"))
            .first();
        return webUi.getCollection(current == null ? "partnerships" : current.getString("collection"));
    }

    private double floorReplay(long records) throws Exception {
        Date start = new Date();
        try (FloorLoop replay = new FloorLoop(BOOTSTRAP, FLOOR_TOPIC, floorReplay)) {
            await(() -> replay.applied() >= records, "floor replay");
        }
        return records / projectionSeconds(floorReplay);
    }

    /**
     * From the first to the last projection, read from the documents, not from a coarse
     * poll.
     */
    private static double projectionSeconds(MongoCollection<Document> collection) {
        Date first = collection.find().sort(new Document("projected", 1)).first().getDate("projected");
        Date last = collection.find().sort(new Document("projected", -1)).first().getDate("projected");
        return Math.max(1, last.getTime() - first.getTime()) / 1e3;
    }

    private void report(int changes, int rate, Percentiles ours, Percentiles bare, Percentiles relay,
            Percentiles projector, double oursReplay, double floorReplay, Map<String, Double> before,
            Map<String, Double> after, Map<String, Double> cpuPerChange, Path output) throws Exception {
        double totalAfter = after.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.println();
        System.out.printf("GlobalLokal pipeline benchmark: %d changes at %d/s, %d cores%n", changes, rate,
                Runtime.getRuntime().availableProcessors());
        System.out
            .println("| measure                                | ours      | floor     | ours/floor | target        |");
        System.out
            .println("|----------------------------------------|-----------|-----------|------------|---------------|");
        row("write → visible p50 (ms)", ours.p50(), bare.p50(), "");
        row("write → visible p95 (ms)", ours.p95(), bare.p95(), "");
        row("write → visible p99 (ms)", ours.p99(), bare.p99(), "<= 2.0");
        row("write → visible max (ms)", ours.max(), bare.max(), "");
        System.out.printf("| %-38s | %9.1f | %9s | %10s | %-13s |%n", "  of which write → on topic p50/p99",
                relay.p50(), "", "", "p99 " + (long) relay.p99());
        System.out.printf("| %-38s | %9.1f | %9s | %10s | %-13s |%n", "  of which on topic → visible p50/p99",
                projector.p50(), "", "", "p99 " + (long) projector.p99());
        row("replay throughput (records/s)", oursReplay, floorReplay, ">= 0.8");
        System.out.println();
        System.out.println("| process              | RSS after start (MiB) | RSS after load (MiB) |");
        System.out.println("|----------------------|-----------------------|----------------------|");
        after.forEach((name, rss) -> System.out.printf("| %-20s | %21.0f | %20.0f |%n", name,
                before.getOrDefault(name, Double.NaN), rss));
        System.out.printf("| %-20s | %21.0f | %20.0f |  target < 2048%n", "total",
                before.values().stream().mapToDouble(Double::doubleValue).sum(), totalAfter);

        System.out.println();
        System.out.println("CPU per change while driving ours (ms): " + cpuPerChange.entrySet()
            .stream()
            .map(e -> e.getKey() + " " + String.format("%.2f", e.getValue()))
            .toList());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cpuMsPerChange", cpuPerChange);
        json.put("changes", changes);
        json.put("ratePerSecond", rate);
        json.put("latencyMs", Map.of("ours", ours, "floor", bare, "p99Ratio", ours.p99() / bare.p99(),
                "oursWriteToTopic", relay, "oursTopicToVisible", projector));
        json.put("replayRecordsPerSecond",
                Map.of("ours", oursReplay, "floor", floorReplay, "ratio", oursReplay / floorReplay));
        json.put("rssMiB", Map.of("afterStart", before, "afterLoad", after, "totalAfterLoad", totalAfter));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, Json.strict().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println("\nwritten to " + output);
    }

    private static void row(String name, double ours, double floor, String target) {
        System.out.printf("| %-38s | %9.1f | %9.1f | %10.2f | %-13s |%n", name, ours, floor, ours / floor, target);
    }

    private String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString("editor:globallokal-editor".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http
            .send(HttpRequest.newBuilder(URI.create(WEB_UI + "/api/token?audience=partnerships-service"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = Json.tolerant().readTree(answer.body());
        return body.get("access_token").asString();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

}
