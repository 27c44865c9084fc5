package de.globallokal.support.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a token may touch beyond its roles: the office's staff (EDITOR, ADMIN) every
 * partnership, a partner municipality's colleague (PARTNER) only the one partnership
 * their token names. Checked by the service on every write, whatever the UI showed.
 */
public final class PartnerScope {

    /** The side a note or value is written for: the office's city or the partner's. */
    public enum Side {

        LOCAL, PARTNER

    }

    private PartnerScope() {
    }

    public static Side sideOf(Jwt token) {
        List<String> roles = roles(token);
        return roles.contains("EDITOR") || roles.contains("ADMIN") ? Side.LOCAL : Side.PARTNER;
    }

    /** Refuses (403) a partner's token for any partnership but its own. */
    public static void check(Jwt token, String partnershipId) {
        if (sideOf(token) == Side.LOCAL) {
            return;
        }
        String own = token.getClaimAsString(JwtSettings.PARTNERSHIP_CLAIM);
        if (own == null || !own.equals(partnershipId)) {
            throw new AccessDeniedException("this sign-in may work on its own partnership only");
        }
    }

    private static List<String> roles(Jwt token) {
        List<String> roles = token.getClaimAsStringList(JwtSettings.ROLES_CLAIM);
        return roles == null ? List.of() : roles;
    }

}
