package de.globallokal.support.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The shared signing key and the claim names both sides agree on. */
public final class JwtSettings {

    public static final String ROLES_CLAIM = "roles";

    public static final String ISSUER = "globallokal-web-ui";

    public static final String ALGORITHM = "HmacSHA256";

    public static final int MIN_SECRET_LENGTH = 32;

    private JwtSettings() {
    }

    /**
     * The HMAC key; refuses secrets too short for HS256, so no weak default can slip
     * through.
     */
    public static SecretKey key(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "globallokal.jwt.secret must be set to at least " + MIN_SECRET_LENGTH + " characters");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

}
