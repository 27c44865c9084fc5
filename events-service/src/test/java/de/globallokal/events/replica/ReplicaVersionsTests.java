package de.globallokal.events.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.Topics;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The replicas' side of the divergence check: every replicated aggregate with the version
 * held here, deletions included, for administrators only.
 */
@IntegrationTest
class ReplicaVersionsTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaTestCluster broker;

    @Test
    void administratorsSeeTheVersionEachReplicaHolds() {
        String kept = UUID.randomUUID().toString();
        String deleted = UUID.randomUUID().toString();
        broker.send(Topics.PARTNERSHIPS, kept, SampleEnvelope.of("partnership-upserted.v1").about(kept, 3).json());
        broker.send(Topics.PARTNERSHIPS, deleted, SampleEnvelope.of("partnership-deleted.v1").about(deleted, 4).json());

        JsonNode partnerships = await().atMost(Duration.ofSeconds(30))
            .until(() -> versions(TestTokens.admin()).getBody().get("partnership"),
                    list -> list != null && find(list, kept) != null && find(list, deleted) != null);

        assertThat(find(partnerships, kept).get("version").asLong()).isEqualTo(3);
        assertThat(find(partnerships, kept).get("deleted").asBoolean()).isFalse();
        assertThat(find(partnerships, deleted).get("version").asLong()).isEqualTo(4);
        assertThat(find(partnerships, deleted).get("deleted").asBoolean()).isTrue();
        assertThat(versions(TestTokens.admin()).getBody().properties()).extracting(entry -> entry.getKey())
            .contains("partnership", "project", "actor");
        assertThat(versions(TestTokens.editor()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> versions(String token) {
        return http.exchange("/api/admin/replica-versions", HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(token)),
                JsonNode.class);
    }

    private static JsonNode find(JsonNode list, String id) {
        return list.valueStream().filter(entry -> id.equals(entry.get("id").asString())).findFirst().orElse(null);
    }

}
