package de.globallokal.webui.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.testkit.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The public sign-up against an events-service that is not running (its port is closed):
 * the visitor gets a clear 503, and a client that keeps trying is slowed down with 429.
 * The happy path runs in the system tests, against the real service.
 */
@IntegrationTest
@TestPropertySource(
        properties = { "globallokal.services.events-url=http://127.0.0.1:9", "globallokal.signup.per-minute=3" })
class PublicSignupApiTests {

    static final String SIGNUP = """
            {"name":"Ada","email":"ada@example.org","consent":true,"consentVersion":"2026-11"}""";

    @LocalServerPort
    int port;

    @Test
    void anUnreachableServiceIsAClear503AndTooManyCallsAre429WithRetryAfter() {
        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(post("/api/public/v1/events/e-1/registrations", SIGNUP));
        }

        assertThat(answers.get(0).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answers.get(0).getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answers.get(0).getBody().get("detail").asString()).contains("try again");
        assertThat(answers.get(3).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answers.get(3).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
        // no trusted proxy is set here: a forwarded address is the client's own word
        assertThat(post("/api/public/v1/events/e-1/registrations", SIGNUP, "203.0.113.9").getStatusCode())
            .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void onlyTheFourTokenActionsExist() {
        assertThat(post("/api/public/v1/registrations/erase", "{\"token\":\"x\"}").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * A plain client: TestRestTemplate's would quietly retry a 503 and sit out a 429's
     * Retry-After.
     */
    private ResponseEntity<JsonNode> post(String path, String body) {
        return post(path, body, null);
    }

    private ResponseEntity<JsonNode> post(String path, String body, String forwardedFor) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return ResponseEntity.status(response.statusCode())
                .headers(headers)
                .body(Json.tolerant().readTree(response.body()));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
