package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The local profile's well-known accounts exist as soon as the server answers. */
@IntegrationTest
@ActiveProfiles({ "test", "local" })
class LocalAccountsTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StaffAccounts accounts;

    @Test
    void editorAndAdminCanSignInWithTheDocumentedPasswords() {
        assertThat(accounts.activeRoles("editor")).contains(EnumSet.of(StaffRole.EDITOR));
        assertThat(accounts.activeRoles("admin")).contains(EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR));
        assertThat(http.withBasicAuth("editor", "globallokal-editor")
            .postForEntity("/api/token?audience=partnerships-service", null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("admin", "globallokal-admin")
            .postForEntity("/api/token?audience=partnerships-service", null, String.class)
            .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

}
