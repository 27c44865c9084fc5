package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The local profile's well-known accounts exist as soon as the server answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3)
@ActiveProfiles({"test", "local"})
class LocalAccountsTests {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "webui-local-accounts-tests");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    StaffAccounts accounts;

    @Test
    void editorAndAdminCanSignInWithTheDocumentedPasswords() {
        assertThat(accounts.roles("editor")).contains(java.util.EnumSet.of(StaffRole.EDITOR));
        assertThat(accounts.roles("admin")).contains(java.util.EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR));
        assertThat(http.withBasicAuth("editor", "globallokal-editor").postForEntity("/api/token", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("admin", "globallokal-admin").postForEntity("/api/token", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
