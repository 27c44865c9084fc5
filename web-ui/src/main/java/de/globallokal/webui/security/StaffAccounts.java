package de.globallokal.webui.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts kept in web-ui's database; passwords only as hashes. */
@Component
public class StaffAccounts implements UserDetailsService {

    static final String COLLECTION = "staff_accounts";

    private final MongoCollection<Document> collection;

    private final PasswordEncoder encoder;

    private final LoginThrottle throttle;

    StaffAccounts(MongoTemplate mongo, PasswordEncoder encoder, LoginThrottle throttle) {
        this.collection = mongo.getCollection(COLLECTION);
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /** An account as the administration page shows it: never its password hash. */
    public record Account(String username, Set<StaffRole> roles, boolean enabled) {
    }

    public List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        collection.find()
            .sort(new Document("_id", 1))
            .forEach(d -> accounts.add(new Account(d.getString("_id"), rolesOf(d), d.getBoolean("enabled", true))));
        return accounts;
    }

    /** Changes one's own password; false when the current one was wrong. */
    public boolean changePassword(String username, String current, String next) {
        Document account = collection.find(Filters.eq("_id", username)).first();
        if (account == null || !encoder.matches(current, account.getString("passwordHash"))) {
            return false;
        }
        setPassword(username, next);
        return true;
    }

    /** Sets a password without asking for the old one (an administrator's reset). */
    public void setPassword(String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        collection.updateOne(Filters.eq("_id", username),
                new Document("$set", new Document("passwordHash", encoder.encode(password))));
    }

    public void setEnabled(String username, boolean enabled) {
        collection.updateOne(Filters.eq("_id", username), new Document("$set", new Document("enabled", enabled)));
    }

    public boolean exists(String username) {
        return collection.countDocuments(Filters.eq("_id", username)) > 0;
    }

    public void create(String username, String password, Set<StaffRole> roles) {
        List<String> roleNames = new ArrayList<>();
        roles.forEach(r -> roleNames.add(r.name()));
        collection.insertOne(new Document("_id", username).append("passwordHash", encoder.encode(password))
            .append("roles", roleNames)
            .append("enabled", true));
    }

    public Optional<Set<StaffRole>> roles(String username) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", username)).first()).map(StaffAccounts::rolesOf);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document account = collection.find(Filters.eq("_id", username)).first();
        if (account == null) {
            throw new UsernameNotFoundException("no staff account " + username);
        }
        return User.withUsername(username)
            .password(account.getString("passwordHash"))
            .roles(rolesOf(account).stream().map(Enum::name).toArray(String[]::new))
            .disabled(!account.getBoolean("enabled", true))
            .accountLocked(throttle.blockedFor(username).isPresent())
            .build();
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
