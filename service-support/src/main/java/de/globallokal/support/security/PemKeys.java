package de.globallokal.support.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The token keys as operators keep them: PEM, as {@code openssl genpkey} and
 * {@code openssl pkey -pubout} write them. A setting holds either the PEM itself (for an
 * environment variable filled from a secret store) or where it lies ({@code file:…},
 * {@code classpath:…}, or a plain path).
 */
public final class PemKeys {

    /** The RSA key size below which a signing key is refused. */
    public static final int MIN_BITS = 2048;

    private PemKeys() {
    }

    /** web-ui's signing key (PKCS#8, "BEGIN PRIVATE KEY"). */
    public static RSAPrivateCrtKey privateKey(String setting, String name) {
        RSAPrivateKey key = read(setting, name, RsaKeyConverters.pkcs8()::convert);
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException(name + " must be an RSA private key in PKCS#8 with its public part");
        }
        return strongEnough(crt, name);
    }

    /** The services' key to check tokens with (X.509, "BEGIN PUBLIC KEY"). */
    public static RSAPublicKey publicKey(String setting, String name) {
        return strongEnough(read(setting, name, RsaKeyConverters.x509()::convert), name);
    }

    /** The public half of a signing key, which a PKCS#8 RSA key carries. */
    public static RSAPublicKey publicOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <K> K read(String setting, String name, KeyReader<K> reader) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalStateException(name + " must be set: a PEM file (file:/run/secrets/…) or the PEM itself");
        }
        try (InputStream in = open(setting.strip())) {
            return reader.read(in);
        }
        catch (IOException e) {
            throw new IllegalStateException(name + " could not be read from " + setting.strip(), e);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not a PEM key of the expected kind: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String setting) throws IOException {
        if (setting.startsWith("-----BEGIN")) {
            return new ByteArrayInputStream(setting.getBytes(StandardCharsets.US_ASCII));
        }
        String location = setting.contains(":") ? setting : "file:" + setting;
        Resource resource = new DefaultResourceLoader().getResource(location);
        return resource.getInputStream();
    }

    private static <K extends RSAKey> K strongEnough(K key, String name) {
        BigInteger modulus = key.getModulus();
        if (modulus.bitLength() < MIN_BITS) {
            throw new IllegalStateException(name + " has " + modulus.bitLength() + " bits; at least " + MIN_BITS);
        }
        return key;
    }

    @FunctionalInterface
    private interface KeyReader<K> {

        K read(InputStream in) throws IOException;

    }

}
