package de.globallokal.webui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The divergence check names the services it could not ask instead of calling the read
 * models consistent, and its cure says which owners did not answer (no service runs here;
 * the system tests compare against real ones).
 */
@IntegrationTest
class DivergenceApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StaffAccounts accounts;

    @Test
    void withoutItsOwnersTheCheckSaysSoAndOnlyAdministratorsMayAsk() {
        if (!accounts.exists("div-admin")) {
            accounts.create("div-admin", "a-long-admin-password", EnumSet.of(StaffRole.ADMIN));
            accounts.create("div-editor", "a-long-editor-password", EnumSet.of(StaffRole.EDITOR));
        }

        ResponseEntity<JsonNode> admin = http.withBasicAuth("div-admin", "a-long-admin-password")
            .getForEntity("/api/admin/divergence", JsonNode.class);
        ResponseEntity<String> editor = http.withBasicAuth("div-editor", "a-long-editor-password")
            .getForEntity("/api/admin/divergence", String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().get("consistent").asBoolean()).isFalse();
        assertThat(admin.getBody().get("unreachable").toString()).contains("partnerships", "events");
        assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> republished = http.withBasicAuth("div-admin", "a-long-admin-password")
            .postForEntity("/api/admin/republish", null, JsonNode.class);
        ResponseEntity<String> byEditor = http.withBasicAuth("div-editor", "a-long-editor-password")
            .postForEntity("/api/admin/republish", null, String.class);
        assertThat(republished.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(republished.getBody().get("partnerships").asString()).as("no owner answered").startsWith("(");
        assertThat(byEditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

}
