package de.globallokal.partnerships.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Updates guarded by If-Match and deletions, each reaching the topic as the full story.
 */
@IntegrationTest
class PartnershipChangeTests {

    @Autowired
    TestRestTemplate http;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void anUpdateNamesItsVersionAndPublishesOnlyWhatChanged() throws Exception {
        String id = create();
        String suspended = PartnershipApiTests.MONTBELIARD.replace("\"ACTIVE\"",
                "\"SUSPENDED\",\"statusReason\":{\"de\":\"Ruht auf Wunsch der Partnerstadt\"}");

        ResponseEntity<JsonNode> updated = exchange(HttpMethod.PUT, id, suspended, TestTokens.editor(), "\"1\"");

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("version").asLong()).isEqualTo(2);
        assertThat(updated.getBody().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"2\"");
        EventEnvelope v2 = Json.tolerant().readValue(awaitRecords(id, 2).get(1).value(), EventEnvelope.class);
        assertThat(v2.aggregateversion()).isEqualTo(2);
        assertThat(v2.changedfields()).containsExactlyInAnyOrder("status", "statusReason");
        assertThat(v2.data().get("slug").asString()).isEqualTo(updated.getBody().get("slug").asString());
    }

    @Test
    void aStaleOrMissingVersionIsRefusedAndChangesNothing() {
        String id = create();
        exchange(HttpMethod.PUT, id, PartnershipApiTests.MONTBELIARD, TestTokens.editor(), "\"1\"");

        ResponseEntity<JsonNode> stale = exchange(HttpMethod.PUT, id,
                PartnershipApiTests.MONTBELIARD.replace("1950", "1951"), TestTokens.editor(), "\"1\"");
        ResponseEntity<JsonNode> missing = exchange(HttpMethod.PUT, id, PartnershipApiTests.MONTBELIARD,
                TestTokens.editor(), null);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        JsonNode now = exchange(HttpMethod.GET, id, null, TestTokens.editor(), null).getBody();
        assertThat(now.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("since").asInt()).isEqualTo(1950);
    }

    @Test
    void onlyAdministratorsDeleteAndADeletionEndsInATombstone() {
        String id = create();

        assertThat(exchange(HttpMethod.DELETE, id, null, TestTokens.editor(), "\"1\"").getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.DELETE, id, null, TestTokens.admin(), "\"1\"").getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(exchange(HttpMethod.GET, id, null, TestTokens.editor(), null).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(HttpMethod.PUT, id, PartnershipApiTests.MONTBELIARD, TestTokens.editor(), "\"2\"")
            .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        List<ConsumerRecord<String, String>> records = awaitRecords(id, 3);
        assertThat(records.get(1).value()).contains(EventTypes.PARTNERSHIP_DELETED).contains("\"actor\":\"admin\"");
        assertThat(records.get(2).value()).isNull();
    }

    @Test
    void theHistoryTellsWhoChangedWhatAndWhenAlsoAfterADeletion() {
        String id = create();
        exchange(HttpMethod.PUT, id, PartnershipApiTests.MONTBELIARD.replace("1950", "1951"), TestTokens.editor(),
                "\"1\"");
        exchange(HttpMethod.DELETE, id, null, TestTokens.admin(), "\"2\"");

        JsonNode history = exchange(HttpMethod.GET, id + "/history", null, TestTokens.editor(), null).getBody()
            .get("data");

        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("actor").asString()).isEqualTo("editor");
        assertThat(history.get(1).get("changedFields")).extracting(JsonNode::asString).containsExactly("since");
        assertThat(history.get(2).get("type").asString()).isEqualTo(EventTypes.PARTNERSHIP_DELETED);
        assertThat(history.get(2).get("actor").asString()).isEqualTo("admin");
        assertThat(history.get(2).get("version").asLong()).isEqualTo(3);
        assertThat(history.get(0).get("time").asString()).endsWith("Z");
    }

    private String create() {
        return exchange(HttpMethod.POST, null, PartnershipApiTests.MONTBELIARD, TestTokens.editor(), null).getBody()
            .get("id")
            .asString();
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String id, int count) {
        try (TopicReader reader = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            return await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).toList(),
                        records -> records.size() >= count);
        }
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String id, String body, String token, String ifMatch) {
        HttpHeaders headers = ApiHeaders.json(token, ifMatch);
        String path = "/api/partnerships" + (id == null ? "" : "/" + id);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

}
