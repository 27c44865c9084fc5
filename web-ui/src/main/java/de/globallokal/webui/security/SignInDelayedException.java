package de.globallokal.webui.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins from this client (for this name, or at all): the next try is
 * taken after {@link #waitFor()}. Not a lock — it ends by itself and holds only the
 * client that failed.
 */
public class SignInDelayedException extends LockedException {

    private final Duration wait;

    SignInDelayedException(Duration wait) {
        super("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

}
