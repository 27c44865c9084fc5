package de.globallokal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * What a service publishes about itself without a token: the OpenAPI document of its API
 * (each service's test checks its resources) and the AsyncAPI document of the change
 * events with the schema of the topic it owns.
 */
public abstract class PublishedDocumentsTests {

    @Autowired
    protected TestRestTemplate http;

    private final String topic;

    private final String upsertedType;

    /**
     * @param topic the change topic the service owns; {@code upsertedType} one of its
     * event types
     */
    protected PublishedDocumentsTests(String topic, String upsertedType) {
        this.topic = topic;
        this.upsertedType = upsertedType;
    }

    protected JsonNode openApi() {
        return http.getForObject("/v3/api-docs", JsonNode.class);
    }

    @Test
    void theChangeEventsAreDescribedForOutsideConsumersWithoutAToken() {
        ResponseEntity<String> document = http.getForEntity("/asyncapi/globallokal.asyncapi.yaml", String.class);
        ResponseEntity<String> schema = http.getForEntity("/asyncapi/schemas/" + upsertedType + ".schema.json",
                String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(document.getBody()).contains("asyncapi: \"3.0.0\"", topic);
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("\"$schema\"");
    }

}
