package de.globallokal.webui.security;

import de.globallokal.webui.projection.PartnershipReadModel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one partnership a partner town's account works on, by the id the services know: the
 * account names it by its slug (what an administrator picks and a person reads).
 */
@Component
public class PartnerScopes {

    /**
     * Stands for a partnership that is named but not (yet) known here: it matches none.
     */
    static final String UNKNOWN = "-";

    private final StaffAccounts accounts;

    private final PartnershipReadModel partnerships;

    PartnerScopes(StaffAccounts accounts, PartnershipReadModel partnerships) {
        this.accounts = accounts;
        this.partnerships = partnerships;
    }

    /**
     * Empty for the office's staff; for a partner the id, or one that matches nothing.
     */
    public Optional<String> partnershipIdOf(String username) {
        boolean office = accounts.activeRoles(username).map(roles -> !StaffRole.partnerOnly(roles)).orElse(false);
        if (office) {
            return Optional.empty();
        }
        return Optional.of(accounts.partnershipOf(username)
            .flatMap(partnerships::findBySlug)
            .map(PartnershipReadModel.Entry::id)
            .orElse(UNKNOWN));
    }

}
