package de.globallokal.webui.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import de.globallokal.support.security.JwtSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues the short-lived HS256 tokens the services accept. */
@Component
public class TokenIssuer {

    private final NimbusJwtEncoder encoder;

    private final Duration lifetime;

    private final Clock clock;

    TokenIssuer(@Value("${globallokal.jwt.secret:}") String secret,
            @Value("${globallokal.jwt.lifetime:15m}") Duration lifetime, Clock clock) {
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(JwtSettings.key(secret)));
        this.lifetime = lifetime;
    }

    public Token issue(String subject, Collection<StaffRole> roles) {
        return issue(subject, roles.stream().map(Enum::name).toList());
    }

    /**
     * A token for web-ui itself, e.g. the sign-up gateway with role SIGNUP and nothing
     * else.
     */
    public Token issue(String subject, List<String> roleNames) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
            .issuer(JwtSettings.ISSUER)
            .subject(subject)
            .issuedAt(now)
            .expiresAt(now.plus(lifetime))
            .claim(JwtSettings.ROLES_CLAIM, roleNames.stream().sorted().toList())
            .build();
        String value = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
        return new Token(value, lifetime.toSeconds());
    }

    public record Token(String value, long expiresInSeconds) {
    }

}
