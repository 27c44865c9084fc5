package de.globallokal.webui.security;

import de.globallokal.support.web.InvalidRequestException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scripts trade staff credentials (HTTP Basic) for a bearer token for one service here:
 * {@code POST /api/token?audience=partnerships-service}.
 */
@RestController
class TokenController {

    private final StaffAccounts accounts;

    private final TokenIssuer issuer;

    private final PartnerScopes scopes;

    TokenController(StaffAccounts accounts, TokenIssuer issuer, PartnerScopes scopes) {
        this.accounts = accounts;
        this.issuer = issuer;
        this.scopes = scopes;
    }

    @PostMapping("/api/token")
    ResponseEntity<Map<String, Object>> token(Authentication authentication,
            @RequestParam(required = false) String audience) {
        if (audience == null || !TokenIssuer.AUDIENCES.contains(audience)) {
            throw new InvalidRequestException("audience", "must name the service: one of " + TokenIssuer.AUDIENCES);
        }
        String username = authentication.getName();
        TokenIssuer.Token token = issuer.issue(username, accounts.activeRoles(username).orElseThrow(), audience,
                scopes.partnershipIdOf(username).orElse(null));
        return ResponseEntity.ok()
            .header("Cache-Control", "no-store")
            .body(Map.of("access_token", token.value(), "token_type", "Bearer", "expires_in", token.expiresInSeconds(),
                    "audience", audience));
    }

}
