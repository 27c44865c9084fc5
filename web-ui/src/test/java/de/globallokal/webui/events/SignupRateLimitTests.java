package de.globallokal.webui.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.security.ClientAddresses;
import de.globallokal.webui.security.WindowCounters;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The sign-up allowance means one person, across instances: two limiters over the same
 * database (two web-ui instances) grant it once between them.
 */
@IntegrationTest
class SignupRateLimitTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ClientAddresses clients;

    @Autowired
    Clock clock;

    @Test
    void twoInstancesShareOneAllowance() {
        SignupRateLimit one = limit(5, 100, 100);
        SignupRateLimit two = limit(5, 100, 100);
        String client = unique("203.0.113.");

        long granted = IntStream.range(0, 10)
            .mapToObj(i -> (i % 2 == 0 ? one : two).trySignUp(client, unique("event-"), unique("a") + "@example.org"))
            .filter(Duration::isZero)
            .count();

        assertThat(granted).isEqualTo(5);
    }

    @Test
    void oneAddressOrOneEventHasACapWhateverTheClient() {
        SignupRateLimit limit = limit(100, 3, 4);
        String address = unique("ada") + "@example.org";
        String event = unique("event-");

        long forAddress = IntStream.range(0, 6)
            .mapToObj(i -> limit.trySignUp(unique("c"), unique("e"), i % 2 == 0 ? address : address.toUpperCase()))
            .filter(Duration::isZero)
            .count();
        long forEvent = IntStream.range(0, 6)
            .mapToObj(i -> limit.trySignUp(unique("c"), event, unique("b") + "@example.org"))
            .filter(Duration::isZero)
            .count();

        assertThat(forAddress).isEqualTo(3);
        assertThat(forEvent).isEqualTo(4);
    }

    @Test
    void aRefusalSaysHowLongToWait() {
        SignupRateLimit limit = limit(1, 100, 100);
        String client = unique("c");
        limit.tryCall(client);

        Duration wait = limit.tryCall(client);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    private SignupRateLimit limit(int perMinute, int perAddress, int perEvent) {
        return new SignupRateLimit(new WindowCounters(mongo, clock), clients, perMinute, 1000, perAddress, perEvent);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

}
