package de.globallokal.webui.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff sign-in, for the login form and {@code /api/token} alike: asks the throttle
 * first, under the name given, known or not, so a delay says nothing about which accounts
 * exist; then checks the password (against a dummy hash for an unknown name, in the same
 * time); a disabled account fails like a wrong password.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;

    private final LoginThrottle throttle;

    private final ClientAddresses clients;

    ThrottledAuthentication(StaffAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            ClientAddresses clients) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPostAuthenticationChecks(user -> {
            if (user instanceof StaffUser staff && !staff.active()) {
                throw new BadCredentialsException("Bad credentials");
            }
        });
        this.throttle = throttle;
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String client = clients.current().orElse("unknown");
        Optional<Duration> wait = throttle.waitFor(name, client);
        if (wait.isPresent()) {
            throw new SignInDelayedException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(name, client);
            return result;
        }
        catch (AuthenticationException e) {
            throttle.failed(name, client);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
