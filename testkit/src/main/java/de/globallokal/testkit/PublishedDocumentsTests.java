package de.globallokal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * What a service publishes about itself to staff: the OpenAPI document of its API (its
 * resources, its input record with every component) and the AsyncAPI document of the
 * change events with the schema of the topic it owns.
 */
public abstract class PublishedDocumentsTests {

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.application.name}")
    private String service;

    private final String topic;

    private final String upsertedType;

    private final Class<? extends Record> input;

    private final List<String> paths;

    /**
     * @param topic the change topic the service owns
     * @param upsertedType one of its event types
     * @param input the input record of its main resource, documented with every component
     * @param paths the paths its OpenAPI document must name
     */
    protected PublishedDocumentsTests(String topic, String upsertedType, Class<? extends Record> input,
            String... paths) {
        this.topic = topic;
        this.upsertedType = upsertedType;
        this.input = input;
        this.paths = List.of(paths);
    }

    @Test
    void everyResourceAndItsInputRecordAreDocumented() {
        JsonNode docs = get("/v3/api-docs", JsonNode.class).getBody();

        assertThat(docs.get("paths").propertyNames()).containsAll(paths);
        assertThat(docs.at("/info/title").asString()).isEqualTo("GlobalLokal " + service);
        assertThat(docs.at("/components/securitySchemes/staff-token/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/" + input.getSimpleName() + "/properties").propertyNames())
            .containsAll(Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void theChangeEventsAreDescribedForConsumers() {
        ResponseEntity<String> document = get("/asyncapi/globallokal.asyncapi.yaml", String.class);
        ResponseEntity<String> schema = get("/asyncapi/schemas/" + upsertedType + ".schema.json", String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(document.getBody()).contains("asyncapi: \"3.0.0\"", topic);
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("\"$schema\"");
    }

    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), type);
    }

}
