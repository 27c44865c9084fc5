package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import de.globallokal.testkit.IntegrationTest;
import java.time.Duration;
import java.util.EnumSet;
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
            .postForEntity("/api/token?audience=partnerships-service", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.getBody().get("expires_in").asLong()).isEqualTo(900);
        SignedJWT jwt = SignedJWT.parse(response.getBody().get("access_token").asString());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("clara");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN", "EDITOR");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("globallokal-web-ui");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("partnerships-service");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isNotNull();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void aPartnerTownsTokenNamesTheirPartnershipAndNothingMore() throws Exception {
        if (!accounts.exists("awa")) {
            // a partnership not (yet) known here: the token names one that matches none
            accounts.createPartner("awa", "a-long-enough-password", "no-such-partnership");
        }

        ResponseEntity<JsonNode> response = http.withBasicAuth("awa", "a-long-enough-password")
            .postForEntity("/api/token?audience=partnerships-service", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        SignedJWT jwt = SignedJWT.parse(response.getBody().get("access_token").asString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("PARTNER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("partnership")).isEqualTo(PartnerScopes.UNKNOWN);
    }

    @Test
    void aTokenNamesTheOneServiceItIsFor() {
        if (!accounts.exists("clara")) {
            accounts.create("clara", "a-long-enough-password", EnumSet.of(StaffRole.ADMIN));
        }
        TestRestTemplate clara = http.withBasicAuth("clara", "a-long-enough-password");

        ResponseEntity<JsonNode> none = clara.postForEntity("/api/token?audience=", null, JsonNode.class);
        ResponseEntity<JsonNode> other = clara.postForEntity("/api/token?audience=web-ui", null, JsonNode.class);

        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody().at("/errors/0/field").asString()).isEqualTo("audience");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void wrongPasswordsAndUnknownPeopleGetNoToken() {
        assertThat(http.withBasicAuth("clara", "wrong")
            .postForEntity("/api/token?audience=partnerships-service", null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/token?audience=partnerships-service", null, String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void withoutTheLocalProfileNoDefaultAccountExists() {
        assertThat(accounts.exists("editor")).isFalse();
        assertThat(accounts.exists("admin")).isFalse();
        assertThat(http.withBasicAuth("editor", "globallokal-editor")
            .postForEntity("/api/token?audience=partnerships-service", null, String.class)
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
        // a projector that holds no partition yet (just after start) answers 409: wait
        // that out
        assertThat(await().atMost(Duration.ofSeconds(30))
            .until(() -> http.withBasicAuth("ada", "an-admin-password")
                .postForEntity(rebuild, null, String.class)
                .getStatusCode(), status -> status != HttpStatus.CONFLICT))
            .isEqualTo(HttpStatus.ACCEPTED);
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
