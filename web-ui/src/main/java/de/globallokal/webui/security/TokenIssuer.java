package de.globallokal.webui.security;

import de.globallokal.support.security.JwtSettings;
import de.globallokal.support.security.PemKeys;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues the short-lived RS256 tokens the services accept, each for one service (its
 * audience). Only web-ui holds the private key; the services check with the public one,
 * so none of them can mint a token for another.
 */
@Component
public class TokenIssuer {

    /** The services a token can be for. */
    public static final List<String> AUDIENCES = List.of(JwtSettings.PARTNERSHIPS_AUDIENCE,
            JwtSettings.EVENTS_AUDIENCE);

    private final NimbusJwtEncoder encoder;

    private final Duration lifetime;

    private final Clock clock;

    TokenIssuer(@Value("${globallokal.jwt.private-key:}") String privateKey,
            @Value("${globallokal.jwt.lifetime:15m}") Duration lifetime, Clock clock) {
        RSAPrivateCrtKey key = PemKeys.privateKey(privateKey,
                "globallokal.jwt.private-key (GLOBALLOKAL_JWT_PRIVATE_KEY)");
        this.encoder = NimbusJwtEncoder.withKeyPair(PemKeys.publicOf(key), key).build();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Token issue(String subject, Collection<StaffRole> roles, String audience) {
        return issue(subject, roles.stream().map(Enum::name).toList(), audience, null);
    }

    /**
     * A partner's token: it names the one partnership (its id) the services let it work
     * on; null names none, and a PARTNER token without one may write nothing.
     */
    public Token issue(String subject, Collection<StaffRole> roles, String audience, String partnershipId) {
        return issue(subject, roles.stream().map(Enum::name).toList(), audience, partnershipId);
    }

    /**
     * A token for web-ui itself, e.g. the sign-up gateway with role SIGNUP and nothing
     * else.
     */
    public Token issue(String subject, List<String> roleNames, String audience) {
        return issue(subject, roleNames, audience, null);
    }

    private Token issue(String subject, List<String> roleNames, String audience, String partnershipId) {
        if (!AUDIENCES.contains(audience)) {
            throw new IllegalArgumentException("no service " + audience + "; one of " + AUDIENCES);
        }
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
            .issuer(JwtSettings.ISSUER)
            .subject(subject)
            .audience(List.of(audience))
            .issuedAt(now)
            .expiresAt(now.plus(lifetime))
            .claim(JwtSettings.ROLES_CLAIM, roleNames.stream().sorted().toList())
            .claims(c -> {
                if (partnershipId != null) {
                    c.put(JwtSettings.PARTNERSHIP_CLAIM, partnershipId);
                }
            })
            .build();
        String value = encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
            .getTokenValue();
        return new Token(value, lifetime.toSeconds());
    }

    public record Token(String value, long expiresInSeconds) {
    }

}
