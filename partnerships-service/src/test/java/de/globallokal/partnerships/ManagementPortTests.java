package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With a management port of its own (kept inside the network), metrics and the probes
 * (liveness, readiness) answer there without a token, for the scraper and the
 * orchestrator; on the public port the API still needs one.
 */
@IntegrationTest
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsNeedNoTokenOnTheManagementPortOnly() throws Exception {
        assertThat(get(managementPort, "/actuator/prometheus")).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health")).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/liveness")).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness")).isEqualTo(200);
        assertThat(get(port, "/api/partnerships")).isEqualTo(401);
        assertThat(get(port, "/v3/api-docs")).isEqualTo(401);
    }

    private static int get(int port, String path) throws Exception {
        return HTTP
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding())
            .statusCode();
    }

}
