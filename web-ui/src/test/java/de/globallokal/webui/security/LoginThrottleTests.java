package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.testkit.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Failed sign-ins slow down the client that failed, for a while, and never the owner
 * elsewhere; known and unknown names get the same answers in the same time. The tests'
 * requests come from loopback, which is the trusted proxy here, so each test names its
 * clients in X-Forwarded-For.
 */
@IntegrationTest
@TestPropertySource(properties = "globallokal.proxy.trusted=127.0.0.1/32,::1/128")
class LoginThrottleTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void aGuesserIsSlowedDownButTheOwnerElsewhereSignsIn() {
        String name = account("the-right-password-1");
        String guesser = client();
        for (int i = 0; i < 6; i++) {
            assertThat(token(name, "guess-" + i, guesser).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> delayed = token(name, "the-right-password-1", guesser);

        assertThat(delayed.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(delayed.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
        assertThat(token(name, "the-right-password-1", client()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDelayEndsByItself() {
        String name = account("the-right-password-2");
        String guesser = client();
        for (int i = 0; i < 6; i++) {
            token(name, "guess-" + i, guesser);
        }

        // six failures, one past the five free ones: a second's wait, then the door is
        // open
        await().atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> token(name, "the-right-password-2", guesser).getStatusCode() == HttpStatus.OK);
    }

    @Test
    void knownAndUnknownNamesAnswerAlikeInTheSameTime() {
        String known = account("the-right-password-3");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        List<HttpStatus> knownAnswers = new ArrayList<>();
        List<HttpStatus> unknownAnswers = new ArrayList<>();
        String knownClient = client();
        String unknownClient = client();
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            knownAnswers.add((HttpStatus) token(known, "wrong-" + i, knownClient).getStatusCode());
            knownNanos += System.nanoTime() - start;
            start = System.nanoTime();
            unknownAnswers.add((HttpStatus) token(unknown, "wrong-" + i, unknownClient).getStatusCode());
            unknownNanos += System.nanoTime() - start;
        }

        System.out.printf("sign-in failures, mean of 7: known name %.1f ms, unknown name %.1f ms%n", knownNanos / 7e6,
                unknownNanos / 7e6);
        assertThat(unknownAnswers).isEqualTo(knownAnswers).contains(HttpStatus.TOO_MANY_REQUESTS);
        // the password check of an unknown name runs against a dummy hash: no shortcut
        assertThat((double) unknownNanos / knownNanos).isBetween(0.6, 1.6);
    }

    @Test
    void aSecondInstanceSeesTheFailuresOfTheFirst() {
        String client = client();
        LoginThrottle one = new LoginThrottle(new WindowCounters(mongo, clock), 5, 20, Duration.ofMinutes(15),
                Duration.ofMinutes(5));
        LoginThrottle two = new LoginThrottle(new WindowCounters(mongo, clock), 5, 20, Duration.ofMinutes(15),
                Duration.ofMinutes(5));

        for (int i = 0; i < 6; i++) {
            one.failed("clara", client);
        }

        assertThat(two.waitFor("clara", client)).isPresent();
        assertThat(two.waitFor("clara", client())).isEmpty();
    }

    @Test
    void aDisabledAccountFailsLikeAWrongPassword() {
        String name = account("the-right-password-4");
        accounts.setEnabled(name, false);

        ResponseEntity<String> refused = token(name, "the-right-password-4", client());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody()).doesNotContain("disabled");
    }

    private String account(String password) {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, password, EnumSet.of(StaffRole.EDITOR));
        return name;
    }

    private static String client() {
        int n = CLIENTS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /**
     * A plain client: TestRestTemplate's would quietly sit out a 429's Retry-After and
     * ask again.
     */
    private ResponseEntity<String> token(String name, String password, String client) {
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/token?audience=events-service"))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

}
