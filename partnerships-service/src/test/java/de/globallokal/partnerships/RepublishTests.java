package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.globallokal.core.event.Topics;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The cure for a diverged copy: every aggregate published again as a new version of its
 * state, a deleted one as a new deletion, so every copy's version guard takes it.
 */
@IntegrationTest
class RepublishTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyAggregateIsPublishedAgainAsANewVersion() {
        String kept = create("Bleibestadt");
        String gone = create("Gehstadt");
        http.exchange("/api/partnerships/" + gone, HttpMethod.DELETE,
                new HttpEntity<>(ApiHeaders.json(TestTokens.admin(), "\"1\"")), String.class);

        ResponseEntity<JsonNode> republished = http.exchange("/api/admin/republish", HttpMethod.POST,
                new HttpEntity<>(ApiHeaders.json(TestTokens.admin())), JsonNode.class);
        ResponseEntity<String> byEditor = http.exchange("/api/admin/republish", HttpMethod.POST,
                new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class);

        assertThat(republished.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(republished.getBody().get("partnership").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(byEditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode versions = http
            .exchange("/api/admin/versions", HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.admin())),
                    JsonNode.class)
            .getBody()
            .get("partnership");
        assertThat(version(versions, kept)).isEqualTo(2);
        assertThat(version(versions, gone)).isEqualTo(3);
        try (TopicReader topic = new TopicReader(broker.bootstrapServers(), Topics.PARTNERSHIPS)) {
            await().atMost(Duration.ofSeconds(30))
                .until(() -> topic.records()
                    .stream()
                    .anyMatch(r -> kept.equals(r.key()) && r.value() != null
                            && r.value().contains("\"aggregateversion\":2")));
        }
    }

    /**
     * A database restored from a backup older than what the topic carried: one
     * partnership stands at an older version, one created since is missing. The republish
     * goes above the topic's versions, so the copies take it, and publishes the missing
     * one as deleted.
     */
    @Test
    void afterARestoreFromAnOlderBackupTheRepublishGoesAboveWhatTheTopicCarried() {
        String changed = create("Umbaustadt");
        for (long version = 1; version <= 2; version++) {
            http.exchange("/api/partnerships/" + changed, HttpMethod.PUT, new HttpEntity<>("""
                    {"partner":{"name":"Umbaustadt %d","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                     "description":{"de":"x"}}""".formatted(version),
                    ApiHeaders.json(TestTokens.editor(), "\"" + version + "\"")), JsonNode.class);
        }
        String created = create("Neustadt");
        try (TopicReader topic = new TopicReader(broker.bootstrapServers(), Topics.PARTNERSHIPS)) {
            await().atMost(Duration.ofSeconds(30))
                .until(() -> carried(topic, changed, 3) && carried(topic, created, 1) && mongo
                    .getCollection("partnerships")
                    .countDocuments(
                            Filters.and(Filters.in("_id", changed, created), Filters.exists("outbox.id"))) == 0);
            // the backup: taken when the one had version 1 and the other did not exist
            mongo.getCollection("partnerships").updateOne(Filters.eq("_id", changed), Updates.set("version", 1L));
            mongo.getCollection("partnerships").deleteOne(Filters.eq("_id", created));

            http.exchange("/api/admin/republish", HttpMethod.POST,
                    new HttpEntity<>(ApiHeaders.json(TestTokens.admin())), JsonNode.class);

            JsonNode versions = http
                .exchange("/api/admin/versions", HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.admin())),
                        JsonNode.class)
                .getBody()
                .get("partnership");
            assertThat(version(versions, changed)).as("above the 3 the topic carried").isEqualTo(4);
            assertThat(version(versions, created)).isEqualTo(2);
            await().atMost(Duration.ofSeconds(30))
                .until(() -> carried(topic, changed, 4) && topic.records()
                    .stream()
                    .anyMatch(r -> created.equals(r.key()) && r.value() != null
                            && r.value().contains("\"aggregateversion\":2")
                            && r.value().contains("partnership.deleted")));
        }
    }

    private static boolean carried(TopicReader topic, String id, long version) {
        return topic.records()
            .stream()
            .anyMatch(r -> id.equals(r.key()) && r.value() != null
                    && r.value().contains("\"aggregateversion\":" + version));
    }

    private String create(String town) {
        return http.exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>("""
                {"partner":{"name":"%s","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                 "description":{"de":"x"}}""".formatted(town), ApiHeaders.json(TestTokens.editor())), JsonNode.class)
            .getBody()
            .get("id")
            .asString();
    }

    private static long version(JsonNode versions, String id) {
        return versions.valueStream()
            .filter(v -> v.get("id").asString().equals(id))
            .findFirst()
            .orElseThrow()
            .get("version")
            .asLong();
    }

}
