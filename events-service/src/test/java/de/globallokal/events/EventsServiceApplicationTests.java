package de.globallokal.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class EventsServiceApplicationTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void reportsHealthOfMongoAndKafka() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/kafka/status").asString()).isEqualTo("UP");
    }

    @Test
    void theApiNeedsAToken() {
        assertThat(http.getForEntity("/api/events", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

}
