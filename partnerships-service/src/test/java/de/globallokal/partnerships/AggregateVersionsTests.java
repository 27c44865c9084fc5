package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The owner's side of the divergence check: every aggregate with its version, for
 * administrators.
 */
@IntegrationTest
class AggregateVersionsTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void administratorsSeeEveryAggregateWithItsVersionEditorsDoNot() {
        ResponseEntity<JsonNode> created = http.exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>("""
                {"partner":{"name":"Versionsstadt","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                 "description":{"de":"x"}}""", ApiHeaders.json(TestTokens.editor())), JsonNode.class);
        String id = created.getBody().get("id").asString();

        ResponseEntity<JsonNode> versions = http.exchange("/api/admin/versions", HttpMethod.GET,
                new HttpEntity<>(ApiHeaders.json(TestTokens.admin())), JsonNode.class);
        ResponseEntity<String> editor = http.exchange("/api/admin/versions", HttpMethod.GET,
                new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class);

        assertThat(versions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(versions.getBody().propertyNames()).contains("partnership", "project", "actor", "contact");
        assertThat(versions.getBody()
            .get("partnership")
            .valueStream()
            .filter(v -> v.get("id").asString().equals(id))
            .findFirst()
            .orElseThrow()
            .get("version")
            .asLong()).isEqualTo(1);
        assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

}
