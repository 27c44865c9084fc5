package de.globallokal.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.globallokal.testkit.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3)
@ActiveProfiles("test")
class EventsServiceApplicationTests {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "events-tests");
    }

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
