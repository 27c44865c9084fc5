package de.globallokal.webui.events;

import de.globallokal.webui.security.ClientAddresses;
import de.globallokal.webui.security.WindowCounters;
import de.globallokal.webui.security.WindowCounters.Count;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the public sign-up calls may be used: per client (the real one behind the
 * proxy, an IPv6 client by its /64) a few per minute and some more per hour, enough for a
 * family, too few for a script filling the waitlist; per e-mail address a few sign-ups an
 * hour; per event a cap that a rush of real people stays under. The allowance comes back
 * whole at the end of each window. The counts are shared by all web-ui instances.
 */
@Component
public class SignupRateLimit {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static final Duration HOUR = Duration.ofHours(1);

    private final WindowCounters counters;

    private final ClientAddresses clients;

    private final int perMinute;

    private final int perHour;

    private final int perAddressPerHour;

    private final int perEventPerHour;

    SignupRateLimit(WindowCounters counters, ClientAddresses clients,
            @Value("${globallokal.signup.per-minute:5}") int perMinute,
            @Value("${globallokal.signup.per-hour:30}") int perHour,
            @Value("${globallokal.signup.per-address-per-hour:10}") int perAddressPerHour,
            @Value("${globallokal.signup.per-event-per-hour:2000}") int perEventPerHour) {
        this.counters = counters;
        this.clients = clients;
        this.perMinute = perMinute;
        this.perHour = perHour;
        this.perAddressPerHour = perAddressPerHour;
        this.perEventPerHour = perEventPerHour;
    }

    /** {@link #tryCall(String)} for the client of the request being served. */
    public Duration tryCall() {
        return tryCall(currentClient());
    }

    /** {@link #trySignUp(String, String, String)} for the request being served. */
    public Duration trySignUp(String event, String email) {
        return trySignUp(currentClient(), event, email);
    }

    /**
     * A change through a registrant's link (claim, cancel), counted for the client.
     * @return zero when the call may go ahead, else how long the client has to wait
     */
    public Duration tryCall(String client) {
        Duration wait = within("signup:client:" + client, MINUTE, perMinute);
        return wait.isZero() ? within("signup:client-hour:" + client, HOUR, perHour) : wait;
    }

    /**
     * A sign-up: counted for the client, the e-mail address and the event.
     * @return zero when it may go ahead, else how long to wait
     */
    public Duration trySignUp(String client, String event, String email) {
        Duration wait = tryCall(client);
        if (wait.isZero()) {
            wait = within("signup:address:" + email.strip().toLowerCase(Locale.ROOT), HOUR, perAddressPerHour);
        }
        if (wait.isZero()) {
            wait = within("signup:event:" + event, HOUR, perEventPerHour);
        }
        return wait;
    }

    private String currentClient() {
        // outside a request (a background task) all such calls share one allowance
        return clients.current().orElse("unknown");
    }

    private Duration within(String key, Duration window, int limit) {
        Count count = counters.add(key, window);
        return count.value() <= limit ? Duration.ZERO : count.left(counters.now());
    }

}
