package de.globallokal.webui.security;

import de.globallokal.webui.security.WindowCounters.Count;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without a lock anyone else could hold: failed sign-ins are
 * counted per client for one name, and per client for all names, in windows of
 * {@code window}. Past the free failures, each further try waits twice as long after the
 * last failure (1 s, 2 s, 4 s … up to {@code max-delay}). A guesser elsewhere never
 * delays the account's owner, and unknown names are counted like known ones. The counts
 * live in the shared database, so all instances see them.
 */
@Component
public class LoginThrottle {

    private final WindowCounters counters;

    private final int freePerName;

    private final int freePerClient;

    private final Duration window;

    private final Duration maxDelay;

    @Autowired
    LoginThrottle(WindowCounters counters, @Value("${globallokal.login.free-failures:5}") int freePerName,
            @Value("${globallokal.login.free-failures-per-client:20}") int freePerClient,
            @Value("${globallokal.login.window:15m}") Duration window,
            @Value("${globallokal.login.max-delay:5m}") Duration maxDelay) {
        this.counters = counters;
        this.freePerName = freePerName;
        this.freePerClient = freePerClient;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    /**
     * How long this client still waits before its next try under this name, if it does.
     */
    public Optional<Duration> waitFor(String username, String client) {
        Instant now = counters.now();
        Duration forName = wait(counters.peek(nameKey(username, client), window), freePerName, now);
        Duration forClient = wait(counters.peek(clientKey(client), window), freePerClient, now);
        Duration longest = forName.compareTo(forClient) >= 0 ? forName : forClient;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    void failed(String username, String client) {
        counters.add(nameKey(username, client), window);
        counters.add(clientKey(client), window);
    }

    void succeeded(String username, String client) {
        counters.forget(nameKey(username, client), window);
    }

    private Duration wait(Count count, int free, Instant now) {
        if (count.value() <= free || count.last() == null) {
            return Duration.ZERO;
        }
        long doublings = Math.min(count.value() - free - 1, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Duration left = Duration.between(now, count.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String nameKey(String username, String client) {
        return "login:" + client + ":" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "login:" + client;
    }

}
