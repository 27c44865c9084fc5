package de.globallokal.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relays of a service work ({@code globallokal.outbox.*}).
 *
 * @param interval how often a relay retries while Kafka is away
 * @param sweepInterval how often it looks for entries a crashed instance left behind
 * @param sendTimeout how long one publish may take before it counts as failed; the
 * producer's {@code delivery.timeout.ms} must not be longer
 * @param leaseTime how long an instance holds the right to publish a collection without
 * renewing it: how long the others wait after it dies; longer than {@code sendTimeout}
 * @param instance this instance's name among the service's instances; empty: the host's
 * name with the server port, which a restarted instance keeps, so it takes its lease back
 * at once
 */
@ConfigurationProperties("globallokal.outbox")
public record OutboxProperties(@DefaultValue("1s") Duration interval, @DefaultValue("60s") Duration sweepInterval,
        @DefaultValue("10s") Duration sendTimeout, @DefaultValue("30s") Duration leaseTime,
        @DefaultValue("") String instance) {

    public OutboxProperties {
        if (leaseTime.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("globallokal.outbox.lease-time (" + leaseTime
                    + ") must be longer than globallokal.outbox.send-timeout (" + sendTimeout + ")");
        }
    }

}
