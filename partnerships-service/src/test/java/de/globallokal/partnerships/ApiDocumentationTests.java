package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.partnership.PartnershipInput;
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

        assertThat(docs.get("paths").propertyNames()).contains("/api/partnerships", "/api/partnerships/{id}",
                "/api/partnerships/{id}/history", "/api/partnerships/export.csv", "/api/partnerships/import",
                "/api/projects", "/api/projects/{id}/iati.xml", "/api/actors", "/api/actors/unconfirmed",
                "/api/contacts", "/api/contacts/{id}");
        assertThat(docs.at("/info/title").asString()).isEqualTo("GlobalLokal partnerships-service");
        assertThat(docs.at("/components/securitySchemes/staff-token/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/PartnershipInput/properties").propertyNames()).contains("partner",
                "kind", "since", "milestones");
    }

    @Test
    void theChangeEventsAreDescribedForOutsideConsumersWithoutAToken() {
        ResponseEntity<String> document = http.getForEntity("/asyncapi/globallokal.asyncapi.yaml", String.class);
        ResponseEntity<String> schema = http.getForEntity("/asyncapi/schemas/partnership.upserted.v1.schema.json",
                String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(document.getBody()).contains("asyncapi: \"3.0.0\"", "globallokal.partnerships");
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("\"$schema\"");
    }

}
