package de.globallokal.webui.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What a staff password must be: at least 12 characters, and not the account's own name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.password.too-short");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.contains-name");
        }
        return Optional.empty();
    }

    /** A random password for a new or reset account, shown once to the administrator. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

}
