package de.globallokal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Who may call a service: tokens signed by web-ui's key, for this service, with an
 * expiry; metrics and API documents for staff only; health open, its parts for staff.
 */
public abstract class ServiceAccessTests {

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.application.name}")
    private String service;

    private final String readPath;

    /**
     * @param readPath a list any staff token may read, e.g. {@code /api/events}
     */
    protected ServiceAccessTests(String readPath) {
        this.readPath = readPath;
    }

    @Test
    void aTokenForThisServiceReads() {
        String token = TestTokens.token("editor", List.of("EDITOR"), List.of(service), Instant.now().plusSeconds(60));

        assertThat(get(readPath, token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        String other = TestTokens.SERVICES.stream().filter(s -> !s.equals(service)).findFirst().orElseThrow();
        String token = TestTokens.token("editor", List.of("EDITOR"), List.of(other), Instant.now().plusSeconds(60));

        assertThat(get(readPath, token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWithoutExpiryOrAudienceOrWithAnotherKeyIsRefused() {
        String endless = TestTokens.token("editor", List.of("EDITOR"), List.of(service), null);
        String nobodys = TestTokens.token("editor", List.of("EDITOR"), List.of(), Instant.now().plusSeconds(60));
        String forged = TestTokens.signedWithAnotherKey("mallory", List.of("EDITOR"));

        assertThat(get(readPath, endless).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(readPath, nobodys).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(readPath, forged).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/v3/api-docs", "/asyncapi/globallokal.asyncapi.yaml",
            "/swagger-ui/index.html" })
    void operationsEndpointsAnswerStaffOnly(String path) {
        assertThat(get(path, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(path, TestTokens.editor()).getStatusCode()).isNotIn(HttpStatus.UNAUTHORIZED,
                HttpStatus.FORBIDDEN);
    }

    @Test
    void healthIsOpenButItsPartsAreForStaff() {
        ResponseEntity<JsonNode> open = http.getForEntity("/actuator/health", JsonNode.class);
        JsonNode staff = http
            .exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.editor())),
                    JsonNode.class)
            .getBody();

        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(open.getBody().get("status").asString()).isEqualTo("UP");
        assertThat(open.getBody().has("components")).isFalse();
        assertThat(staff.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(staff.at("/components/kafka/status").asString()).isEqualTo("UP");
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(token)), String.class);
    }

}
