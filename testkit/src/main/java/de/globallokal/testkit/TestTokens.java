package de.globallokal.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.globallokal.support.security.JwtSettings;
import de.globallokal.support.security.PemKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Signs tokens the way web-ui does, for calling a service directly in tests. The key pair
 * in {@code globallokal-test-jwt/} is the tests' own, known to everyone who reads this
 * repository: never one of a deployment.
 */
public final class TestTokens {

    /** web-ui's signing key in tests ({@code globallokal.jwt.private-key}). */
    public static final String PRIVATE_KEY = "classpath:globallokal-test-jwt/private.pem";

    /** The services' key in tests ({@code globallokal.jwt.public-key}). */
    public static final String PUBLIC_KEY = "classpath:globallokal-test-jwt/public.pem";

    /** Both services, for the tokens a test sends to whichever it runs. */
    public static final List<String> SERVICES = List.of(JwtSettings.PARTNERSHIPS_AUDIENCE, JwtSettings.EVENTS_AUDIENCE);

    private static final PrivateKey KEY = PemKeys.privateKey(PRIVATE_KEY, "the tests' signing key");

    private TestTokens() {
    }

    public static String editor() {
        return token("editor", List.of("EDITOR"), SERVICES, Instant.now().plusSeconds(600));
    }

    public static String admin() {
        return token("admin", List.of("ADMIN", "EDITOR"), SERVICES, Instant.now().plusSeconds(600));
    }

    /** A partner municipality's colleague, scoped to one partnership. */
    public static String partner(String partnershipId) {
        return sign(KEY, "partner", List.of("PARTNER"), SERVICES, Instant.now().plusSeconds(600), partnershipId);
    }

    /**
     * @param expiry when it expires; null for a token without {@code exp}
     */
    public static String token(String subject, List<String> roles, List<String> audiences, Instant expiry) {
        return sign(KEY, subject, roles, audiences, expiry, null);
    }

    /** A well-formed token for both services, signed with a key nobody trusts. */
    public static String signedWithAnotherKey(String subject, List<String> roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), subject, roles, SERVICES,
                    Instant.now().plusSeconds(600), null);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM text of the tests' key pair, for processes started from their jars. */
    public static String pem(String location) {
        try (InputStream in = TestTokens.class.getResourceAsStream("/" + location.substring("classpath:".length()))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sign(PrivateKey key, String subject, List<String> roles, List<String> audiences,
            Instant expiry, String partnership) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
                .issuer(JwtSettings.ISSUER)
                .audience(audiences)
                .issueTime(new Date())
                .expirationTime(expiry == null ? null : Date.from(expiry))
                .claim(JwtSettings.ROLES_CLAIM, roles)
                .claim(JwtSettings.PARTNERSHIP_CLAIM, partnership)
                .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
