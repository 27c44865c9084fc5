package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.support.outbox.OutboxRelay;
import de.globallokal.support.outbox.Outboxes;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one database and one broker, both taking writes to the
 * same aggregates: one of them publishes (it holds the lease), so every key's versions
 * reach the topic in order and none is missing; a holder that stops hands over at once.
 */
@IntegrationTest
@TestPropertySource(properties = SeveralInstancesTests.SWEEP_OFTEN)
@DirtiesContext
class SeveralInstancesTests {

    /**
     * Sweeps read pending entries while the other instance publishes: the race to lose.
     */
    static final String SWEEP_OFTEN = "globallokal.outbox.sweep-interval=20ms";

    private static final int AGGREGATES = 4;

    private static final int CHANGES_PER_WRITER = 40;

    private static ConfigurableApplicationContext second;

    @Value("${local.server.port}")
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Outboxes outboxes;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startSecondInstance(@Autowired Environment first) {
        // arguments, not default properties: application.yml names both addresses itself
        second = new SpringApplicationBuilder(PartnershipsServiceApplication.class).profiles("test")
            .run("--spring.mongodb.uri=" + first.getRequiredProperty("spring.mongodb.uri"),
                    "--spring.kafka.bootstrap-servers=" + first.getRequiredProperty("spring.kafka.bootstrap-servers"),
                    "--server.port=0", "--globallokal.outbox.instance=second", "--" + SWEEP_OFTEN);
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void writesThroughBothInstancesReachTheTopicInVersionOrderPerKey() {
        int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            ids.add(create(i % 2 == 0 ? port : secondPort, "Zwillingsstadt " + i));
        }

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> write(port, ids));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> write(secondPort, ids));
        int written = first.join() + other.join();

        Map<String, Long> owned = new LinkedHashMap<>();
        ids.forEach(id -> owned.put(id, current(port, id).get("version").asLong()));
        try (TopicReader topic = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            await().atMost(Duration.ofSeconds(60))
                .until(() -> lastVersions(topic.records(), owned.keySet()).equals(owned));
            Map<String, List<Long>> versions = versionsPerKey(topic.records());
            System.out.printf("[several-instances] %d changes through two instances, %d records on the topic%n",
                    written, versions.values().stream().mapToInt(List::size).sum());
            ids.forEach(id -> assertThat(versions.get(id)).as("versions of %s on the topic", id)
                .isEqualTo(oneTo(owned.get(id))));
        }
        assertThat(written).isEqualTo(2 * CHANGES_PER_WRITER);
    }

    @Test
    void aHolderThatStopsHandsItsLeasesOverAtOnce() {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> outboxes.relays().stream().allMatch(OutboxRelay::publishing));
        Outboxes others = second.getBean(Outboxes.class);
        assertThat(others.relays()).noneMatch(OutboxRelay::publishing);

        outboxes.stop();
        try {
            // far below the lease time of 30 s: handed back, not run out
            await().atMost(Duration.ofSeconds(5))
                .until(() -> others.relays().stream().allMatch(OutboxRelay::publishing));
            int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
            String id = create(secondPort, "Übernahmestadt");
            try (TopicReader topic = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> topic.records().stream().anyMatch(r -> id.equals(r.key())));
            }
        }
        finally {
            outboxes.start();
        }
    }

    private int write(int port, List<String> ids) {
        int done = 0;
        while (done < CHANGES_PER_WRITER) {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            long version = current(port, id).get("version").asLong();
            HttpResponse<String> answer = send(port, "PUT", "/api/partnerships/" + id,
                    partnership("Zwillingsstadt", done + " " + Thread.currentThread().getName()), version);
            if (answer.statusCode() == 200) {
                done++;
            }
            else {
                // the other writer came first: read again and retry
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(412);
            }
        }
        return done;
    }

    private String create(int port, String town) {
        HttpResponse<String> answer = send(port, "POST", "/api/partnerships", partnership(town, "neu"), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Json.tolerant().readTree(answer.body()).get("id").asString();
    }

    private JsonNode current(int port, String id) {
        return Json.tolerant().readTree(send(port, "GET", "/api/partnerships/" + id, null, null).body());
    }

    private HttpResponse<String> send(int port, String method, String path, String body, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + TestTokens.editor())
            .header("Content-Type", "application/json")
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static String partnership(String town, String description) {
        return """
                {"partner":{"name":"%s","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                 "description":{"de":"%s"}}""".formatted(town, description);
    }

    private static Map<String, List<Long>> versionsPerKey(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() != null) {
                versions.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(Json.tolerant().readValue(record.value(), EventEnvelope.class).aggregateversion());
            }
        }
        return versions;
    }

    private static Map<String, Long> lastVersions(List<ConsumerRecord<String, String>> records, Set<String> keys) {
        Map<String, Long> last = new LinkedHashMap<>();
        Map<String, List<Long>> versions = versionsPerKey(records);
        keys.stream().filter(versions::containsKey).forEach(key -> last.put(key, versions.get(key).getLast()));
        return last;
    }

    private static List<Long> oneTo(long last) {
        List<Long> versions = new ArrayList<>();
        for (long version = 1; version <= last; version++) {
            versions.add(version);
        }
        return versions;
    }

}
