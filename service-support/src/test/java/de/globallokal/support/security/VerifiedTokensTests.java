package de.globallokal.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() {
        JwtDecoder tokens = new VerifiedTokens(verifier(NOW.plusSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = tokens.decode("good");
        Jwt second = tokens.decode("good");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        JwtDecoder tokens = new VerifiedTokens(verifier(NOW.plusSeconds(60)), clock);
        tokens.decode("good");

        now.set(NOW.plusSeconds(60));
        tokens.decode("good");

        assertThat(verifications).as("checked again once it expired").hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        JwtDecoder tokens = new VerifiedTokens(token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        }, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder verifier(Instant expires) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("web-ui-signup")
                .issuedAt(NOW)
                .expiresAt(expires)
                .build();
        };
    }

}
