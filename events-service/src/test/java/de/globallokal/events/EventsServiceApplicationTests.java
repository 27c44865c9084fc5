package de.globallokal.events;

import de.globallokal.testkit.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class EventsServiceApplicationTests {


    @Autowired
    TestRestTemplate http;

    @Test
    void reportsHealthOfMongoAndKafka() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/kafka/status").asText()).isEqualTo("UP");
    }

    @Test
    void theApiNeedsAToken() {
        assertThat(http.getForEntity("/api/events", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
