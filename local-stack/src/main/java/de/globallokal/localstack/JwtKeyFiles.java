package de.globallokal.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The local run's token keys, made once: web-ui's RSA signing key
 * ({@code jwt-private.pem}, readable only by its owner) and the public key the services
 * check with ({@code jwt-public.pem}), in the PEM forms openssl writes.
 */
final class JwtKeyFiles {

    static final String PRIVATE = "jwt-private.pem";

    static final String PUBLIC = "jwt-public.pem";

    private JwtKeyFiles() {
    }

    static void ensure(Path folder) throws IOException {
        Path privateFile = folder.resolve(PRIVATE);
        Path publicFile = folder.resolve(PUBLIC);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return;
        }
        KeyPair pair = generate();
        Files.createDirectories(folder);
        write(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException e) {
            // not a POSIX file system; the folder's own permissions have to do
        }
        // written last: run.sh waits for it, so the pair is complete when it shows
        write(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n",
                StandardCharsets.US_ASCII);
    }

}
