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
    void theApiNeedsAToken() {
        assertThat(http.getForEntity("/api/events", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

}
