package de.globallokal.support.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens whose signature and claims were checked, until they expire: a
 * caller that reuses its token (web-ui's sign-up gateway, a staff session) costs one RSA
 * verification instead of one per request, which was a seventh of events-service's CPU in
 * a sign-up rush. Only tokens that passed every check are remembered, under their whole
 * text, so a changed byte is a new token.
 */
final class VerifiedTokens implements JwtDecoder {

    /** More distinct live tokens than this and the memory starts again. */
    private static final int REMEMBERED = 10_000;

    private final JwtDecoder verifier;

    private final Clock clock;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        Instant now = clock.instant();
        if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt checked = verifier.decode(token);
        if (verified.size() >= REMEMBERED) {
            verified.clear();
        }
        verified.put(token, checked);
        return checked;
    }

}
