package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowCountersTests {

    private static final Instant END = Instant.parse("2026-12-02T10:15:00Z");

    @Test
    void aLongKeyIsStoredByItsHashAndStaysDistinct() {
        String long1 = "login:203.0.113.7:" + "a".repeat(5000);
        String long2 = "login:203.0.113.7:" + "a".repeat(4999) + "b";

        assertThat(WindowCounters.id(long1, END)).hasSizeLessThan(200).isNotEqualTo(WindowCounters.id(long2, END));
        assertThat(WindowCounters.id("login:203.0.113.7:clara", END))
            .isEqualTo("login:203.0.113.7:clara@" + END.toEpochMilli());
    }

}
