package de.globallokal.webui.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A staff account as a session holds it: with the stamp its credentials had at sign-in.
 * Disabling the account or setting its password gives it a new stamp, which ends every
 * session that holds the old one. Disabled accounts load as enabled and are refused only
 * after their password was checked, so they answer like a wrong password, in the same
 * time.
 */
public class StaffUser extends User {

    private final boolean active;

    private final String stamp;

    StaffUser(String username, String passwordHash, Collection<? extends GrantedAuthority> authorities, boolean active,
            String stamp) {
        super(username, passwordHash, authorities);
        this.active = active;
        this.stamp = stamp;
    }

    public boolean active() {
        return active;
    }

    public String stamp() {
        return stamp;
    }

}
