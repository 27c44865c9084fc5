package de.globallokal.webui.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation, without a default password or a hash
 * typed into the database: while no staff account exists, web-ui prints a one-time setup
 * link to its log, valid for an hour. Whoever opens it first names the administrator; the
 * link is gone after that use. Only a hash of its token is stored, and one instance of
 * several prints it (the others say so).
 */
@Component
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    static final String COLLECTION = "setup";

    static final String ID = "first-administrator";

    static final Duration VALID = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> setup;

    private final StaffAccounts accounts;

    private final Clock clock;

    private final String publicBaseUrl;

    FirstAdministrator(MongoTemplate mongo, StaffAccounts accounts, Clock clock,
            @Value("${globallokal.public-base-url}") String publicBaseUrl) {
        this.setup = mongo.getCollection(COLLECTION);
        this.accounts = accounts;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLinkWhileNoAccountExists() {
        issue().ifPresent(token -> log
            .warn("No staff account exists yet. Create the first administrator within an hour at {}/einrichtung/{} "
                    + "(the link works once).", publicBaseUrl, token));
    }

    /**
     * A new setup token when no account exists and no unexpired one was issued; empty
     * otherwise.
     */
    Optional<String> issue() {
        if (!accounts.noneYet()) {
            setup.deleteOne(Filters.eq("_id", ID));
            return Optional.empty();
        }
        Document current = setup.find(Filters.eq("_id", ID)).first();
        if (current != null && current.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
            log.warn("No staff account exists yet; a setup link was printed at {} (valid until {}).",
                    current.getString("by"), current.getDate("expiresAt").toInstant());
            return Optional.empty();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        setup.replaceOne(Filters.eq("_id", ID),
                new Document("_id", ID).append("tokenHash", Sha256.hex(token))
                    .append("expiresAt", Date.from(clock.instant().plus(VALID)))
                    .append("by", hostName()),
                new ReplaceOptions().upsert(true));
        return Optional.of(token);
    }

    /** Whether the link still works: issued, unexpired, unused and no account yet. */
    public boolean open(String token) {
        Document current = setup.find(Filters.eq("_id", ID)).first();
        return current != null && current.getDate("expiresAt").toInstant().isAfter(clock.instant())
                && MessageDigest.isEqual(current.getString("tokenHash").getBytes(StandardCharsets.US_ASCII),
                        Sha256.hex(token).getBytes(StandardCharsets.US_ASCII))
                && accounts.noneYet();
    }

    /**
     * Creates the administrator and uses the link up; false when the link no longer
     * works. The password policy is checked first, so a refused password keeps the link.
     */
    public boolean create(String token, String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (!open(token)) {
            return false;
        }
        Document used = setup.findOneAndDelete(Filters.and(Filters.eq("_id", ID),
                Filters.eq("tokenHash", Sha256.hex(token)), Filters.gt("expiresAt", Date.from(clock.instant()))));
        if (used == null) {
            // someone else used it a moment ago
            return false;
        }
        accounts.create(username, password, EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR));
        log.info("First administrator '{}' created through the setup link", username);
        return true;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "this instance" : host;
    }

}
