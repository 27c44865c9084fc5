package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import de.globallokal.testkit.IntegrationTest;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TokenEndpointTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StaffAccounts accounts;

    @Test
    void staffCredentialsBuyAShortLivedTokenWithTheirRoles() throws Exception {
        if (!accounts.exists("clara")) {
            accounts.create("clara", "a-long-enough-password", EnumSet.of(StaffRole.ADMIN));
        }

        ResponseEntity<JsonNode> response = http.withBasicAuth("clara", "a-long-enough-password")
            .postForEntity("/api/token", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.getBody().get("expires_in").asLong()).isEqualTo(900);
        SignedJWT jwt = SignedJWT.parse(response.getBody().get("access_token").asString());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("clara");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN", "EDITOR");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("globallokal-web-ui");
    }

    @Test
    void tenWrongPasswordsLockTheAccountForAWhileEvenForTheRightOneButNotOthers() {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "the-right-password-1", EnumSet.of(StaffRole.EDITOR));
        if (!accounts.exists("dora")) {
            accounts.create("dora", "another-long-password", EnumSet.of(StaffRole.EDITOR));
        }
        for (int i = 0; i < 10; i++) {
            assertThat(http.withBasicAuth(name, "guess-" + i)
                .postForEntity("/api/token", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> locked = http.withBasicAuth(name, "the-right-password-1")
            .postForEntity("/api/token", null, JsonNode.class);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getBody().get("detail").asString()).contains("15 minutes");
        assertThat(http.withBasicAuth("dora", "another-long-password")
            .postForEntity("/api/token", null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void wrongPasswordsAndUnknownPeopleGetNoToken() {
        assertThat(http.withBasicAuth("clara", "wrong").postForEntity("/api/token", null, String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/token", null, String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void withoutTheLocalProfileNoDefaultAccountExists() {
        assertThat(accounts.exists("editor")).isFalse();
        assertThat(accounts.exists("admin")).isFalse();
        assertThat(http.withBasicAuth("editor", "globallokal-editor")
            .postForEntity("/api/token", null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyAdministratorsMayRebuildAReadModel() {
        if (!accounts.exists("erik")) {
            accounts.create("erik", "an-editor-password", EnumSet.of(StaffRole.EDITOR));
        }
        if (!accounts.exists("ada")) {
            accounts.create("ada", "an-admin-password", EnumSet.of(StaffRole.ADMIN));
        }
        String rebuild = "/api/admin/read-models/partnerships/rebuild";

        assertThat(http.postForEntity(rebuild, null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("erik", "an-editor-password")
            .postForEntity(rebuild, null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ada", "an-admin-password")
            .postForEntity(rebuild, null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        if (!accounts.exists("dora")) {
            accounts.create("dora", "another-long-password", EnumSet.of(StaffRole.EDITOR));
        }
        String hash = accounts.loadUserByUsername("dora").getPassword();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("another-long-password");
    }

}
