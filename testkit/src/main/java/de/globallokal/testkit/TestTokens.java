package de.globallokal.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs tokens the way web-ui does, for calling a service directly in tests. */
public final class TestTokens {

    public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";

    public static final String ISSUER = "globallokal-web-ui";

    private TestTokens() {
    }

    public static String editor() {
        return token("editor", List.of("EDITOR"), SECRET, Instant.now().plusSeconds(600));
    }

    public static String admin() {
        return token("admin", List.of("ADMIN", "EDITOR"), SECRET, Instant.now().plusSeconds(600));
    }

    public static String token(String subject, List<String> roles, String secret, Instant expiry) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
                .issuer(ISSUER)
                .issueTime(new Date())
                .expirationTime(Date.from(expiry))
                .claim("roles", roles)
                .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
