package de.globallokal.webui.events;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may use the public sign-up calls: a few per minute and some more
 * per hour, enough for a family, too few for a script filling the waitlist. The allowance
 * comes back whole at the end of each window, not drop by drop.
 */
@Component
public class SignupRateLimit {

    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;

    private final int perHour;

    // the least recently seen client is forgotten first; a forgotten one simply starts
    // afresh
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    SignupRateLimit(@Value("${globallokal.signup.per-minute:5}") int perMinute,
            @Value("${globallokal.signup.per-hour:30}") int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    /**
     * @return zero when the call may go ahead, else how long the client has to wait
     */
    public Duration tryCall(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                    .capacity(perMinute)
                    .refillIntervally(perMinute, Duration.ofMinutes(1))
                    .build())
                .addLimit(Bandwidth.builder().capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)).build())
                .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

}
