package de.globallokal.webui.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The well-known accounts of the local run. Only the {@code local} profile has them;
 * every other profile starts without any default password. They are made before the web
 * server opens, so a script that waits for health can sign in right away.
 */
@Component
@Profile("local")
class LocalAccounts implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LocalAccounts.class);

    private final StaffAccounts accounts;

    private final String partnerPartnership;

    LocalAccounts(StaffAccounts accounts,
            @Value("${globallokal.local-partner-partnership:}") String partnerPartnership) {
        this.accounts = accounts;
        this.partnerPartnership = partnerPartnership;
    }

    @Override
    public void afterSingletonsInstantiated() {
        createIfMissing("editor", "globallokal-editor", EnumSet.of(StaffRole.EDITOR));
        createIfMissing("admin", "globallokal-admin", EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR));
        // a colleague of a partner town, for one demo partnership
        if (!partnerPartnership.isBlank() && !accounts.exists("partner")) {
            accounts.createPartner("partner", "globallokal-partner", partnerPartnership);
            log.info("Created local partner account 'partner' for the partnership '{}'", partnerPartnership);
        }
    }

    private void createIfMissing(String username, String password, EnumSet<StaffRole> roles) {
        if (!accounts.exists(username)) {
            accounts.create(username, password, roles);
            log.info("Created local staff account '{}'", username);
        }
    }

}
