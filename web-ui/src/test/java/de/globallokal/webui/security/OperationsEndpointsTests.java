package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Metrics and the API document are for staff; health is open, its parts for staff. */
@IntegrationTest
class OperationsEndpointsTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void anEditor() {
        if (!accounts.exists("olga")) {
            accounts.create("olga", "an-operations-password", EnumSet.of(StaffRole.EDITOR));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/v3/api-docs" })
    void answerStaffOnly(String path) {
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(
                http.withBasicAuth("olga", "an-operations-password").getForEntity(path, String.class).getStatusCode())
            .isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthIsOpenButItsPartsAreForStaff() {
        JsonNode open = http.getForObject("/actuator/health", JsonNode.class);
        JsonNode staff = http.withBasicAuth("olga", "an-operations-password")
            .getForObject("/actuator/health", JsonNode.class);

        assertThat(open.get("status").asString()).isEqualTo("UP");
        assertThat(open.has("components")).isFalse();
        assertThat(staff.has("components")).isTrue();
    }

}
