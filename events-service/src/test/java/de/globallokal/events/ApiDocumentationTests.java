package de.globallokal.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.calendar.EventInput;
import de.globallokal.testkit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is open and names every resource. */
@IntegrationTest
class ApiDocumentationTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyResourceIsDocumented() {
        JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(docs.get("paths").propertyNames()).contains("/api/events", "/api/events/{id}",
                "/api/events/{id}/history", "/api/events/{id}/occurrences/{date}", "/api/events/{id}/registrations",
                "/api/events/{id}/registrations/export", "/api/events/{id}/registrations/{registrationId}/promote",
                "/api/registrations/cancel", "/api/registrations/claim", "/api/registrations/erasure", "/api/messages");
        assertThat(docs.at("/info/title").asString()).isEqualTo("GlobalLokal events-service");
        assertThat(docs.at("/components/schemas/EventInput/properties").propertyNames()).contains("title", "start",
                "recurrence", "registration");
    }

    @Test
    void theChangeEventsAreDescribedForOutsideConsumersWithoutAToken() {
        ResponseEntity<String> document = http.getForEntity("/asyncapi/globallokal.asyncapi.yaml", String.class);
        ResponseEntity<String> schema = http.getForEntity("/asyncapi/schemas/event.upserted.v1.schema.json",
                String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(document.getBody()).contains("asyncapi: \"3.0.0\"", "globallokal.events");
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("\"$schema\"");
    }

}
