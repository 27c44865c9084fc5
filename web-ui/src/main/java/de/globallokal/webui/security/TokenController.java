package de.globallokal.webui.security;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scripts trade staff credentials (HTTP Basic) for a bearer token here. */
@RestController
class TokenController {

    private final StaffAccounts accounts;

    private final TokenIssuer issuer;

    TokenController(StaffAccounts accounts, TokenIssuer issuer) {
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @PostMapping("/api/token")
    ResponseEntity<Map<String, Object>> token(Authentication authentication) {
        String username = authentication.getName();
        TokenIssuer.Token token = issuer.issue(username, accounts.roles(username).orElseThrow());
        return ResponseEntity.ok()
            .header("Cache-Control", "no-store")
            .body(Map.of("access_token", token.value(), "token_type", "Bearer", "expires_in",
                    token.expiresInSeconds()));
    }

}
