package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTests {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {

        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

    }

    HandClock clock = new HandClock();

    LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15), clock);

    @Test
    void tenFailuresWithinTheWindowBlockUntilTheFirstOfThemAgesOut() {
        for (int i = 0; i < 9; i++) {
            fail("Ada");
            clock.now = clock.now.plusSeconds(30);
        }
        assertThat(throttle.blockedFor("ada")).isEmpty();

        fail("ada");

        assertThat(throttle.blockedFor("ADA"))
            .hasValueSatisfying(d -> assertThat(d).isEqualTo(Duration.ofSeconds(630)));
        clock.now = clock.now.plusSeconds(631);
        assertThat(throttle.blockedFor("ada")).isEmpty();
        assertThat(throttle.blockedFor("someone-else")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 9; i++) {
            fail("ben");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("ben", null, List.of())));
        fail("ben");

        assertThat(throttle.blockedFor("ben")).isEmpty();
    }

    private void fail(String name) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong"),
                new BadCredentialsException("wrong")));
    }

}
