package de.globallokal.events.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in cancellation and claim links: {@code <eventId>.<random>}. The public
 * event id in front lets the service find the event without a search; only the hash of
 * the whole token is stored.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String create(String eventId) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return eventId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event id a token names, or null when it has no such shape. */
    static String eventId(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        return dot <= 0 ? null : token.substring(0, dot);
    }

}
