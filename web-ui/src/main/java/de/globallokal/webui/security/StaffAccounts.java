package de.globallokal.webui.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts kept in web-ui's database; passwords only as hashes. */
@Component
public class StaffAccounts implements UserDetailsService {

    static final String COLLECTION = "staff_accounts";

    /** What an account name may be: lower case letters, digits, dot, dash, underscore. */
    public static final String NAME = "[a-z0-9][a-z0-9._-]{1,39}";

    private final MongoCollection<Document> collection;

    private final PasswordEncoder encoder;

    StaffAccounts(MongoTemplate mongo, PasswordEncoder encoder) {
        this.collection = mongo.getCollection(COLLECTION);
        this.encoder = encoder;
    }

    /**
     * An account as the administration page shows it: never its password hash.
     *
     * @param partnership the slug of the one partnership a PARTNER account works on
     */
    public record Account(String username, Set<StaffRole> roles, boolean enabled, String partnership) {
    }

    public List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        collection.find()
            .sort(new Document("_id", 1))
            .forEach(d -> accounts.add(new Account(d.getString("_id"), rolesOf(d), d.getBoolean("enabled", true),
                    d.getString("partnership"))));
        return accounts;
    }

    /** Changes one's own password; false when the current one was wrong. */
    public boolean changePassword(String username, String current, String next) {
        Document account = collection.find(Filters.eq("_id", username)).first();
        if (account == null || !encoder.matches(current, account.getString("passwordHash"))) {
            return false;
        }
        setPassword(username, next);
        StaffSessions.keepCurrent(username, stamp(username).orElse(""));
        return true;
    }

    /** Sets a password without asking for the old one (an administrator's reset). */
    public void setPassword(String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        collection.updateOne(Filters.eq("_id", username), new Document("$set",
                new Document("passwordHash", encoder.encode(password)).append("stamp", newStamp())));
    }

    /** Disabling ends the account's sessions on every instance (a new stamp). */
    public void setEnabled(String username, boolean enabled) {
        collection.updateOne(Filters.eq("_id", username),
                new Document("$set", new Document("enabled", enabled).append("stamp", newStamp())));
    }

    /**
     * The stamp of an account that may act now: none when it is missing or disabled.
     */
    public Optional<String> stamp(String username) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", username)).first())
            .filter(account -> account.getBoolean("enabled", true))
            .map(account -> account.get("stamp", ""));
    }

    /** Whether no staff account exists at all: a new installation. */
    public boolean noneYet() {
        return collection.find().limit(1).first() == null;
    }

    public boolean exists(String username) {
        return collection.countDocuments(Filters.eq("_id", username)) > 0;
    }

    public void create(String username, String password, Set<StaffRole> roles) {
        List<String> roleNames = new ArrayList<>();
        roles.forEach(r -> roleNames.add(r.name()));
        collection.insertOne(new Document("_id", username).append("passwordHash", encoder.encode(password))
            .append("roles", roleNames)
            .append("enabled", true)
            .append("stamp", newStamp()));
    }

    /**
     * A partner municipality's colleague: role PARTNER, for the partnership of that slug
     * only.
     */
    public void createPartner(String username, String password, String partnershipSlug) {
        collection.insertOne(new Document("_id", username).append("passwordHash", encoder.encode(password))
            .append("roles", List.of(StaffRole.PARTNER.name()))
            .append("partnership", partnershipSlug)
            .append("enabled", true)
            .append("stamp", newStamp()));
    }

    /** The slug of the partnership a PARTNER account is bound to, if it is one. */
    public Optional<String> partnershipOf(String username) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", username)).first())
            .map(account -> account.getString("partnership"));
    }

    /** The roles of an account that may act now: none when it is missing or disabled. */
    public Optional<Set<StaffRole>> activeRoles(String username) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", username)).first())
            .filter(account -> account.getBoolean("enabled", true))
            .map(StaffAccounts::rolesOf);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document account = collection.find(Filters.eq("_id", username)).first();
        if (account == null) {
            throw new UsernameNotFoundException("no staff account " + username);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        rolesOf(account).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return new StaffUser(username, account.getString("passwordHash"), authorities,
                account.getBoolean("enabled", true), account.get("stamp", ""));
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    private static Set<StaffRole> rolesOf(Document account) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        account.getList("roles", String.class).forEach(r -> roles.add(StaffRole.valueOf(r)));
        if (roles.contains(StaffRole.ADMIN)) {
            roles.add(StaffRole.EDITOR);
        }
        return roles;
    }

}
