package de.globallokal.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relays of a service work ({@code globallokal.outbox.*}).
 *
 * @param interval how often a relay retries while Kafka is away
 * @param sweepInterval how often it looks for entries a crashed instance left behind
 * @param sendTimeout how long one publish may take before it counts as failed
 */
@ConfigurationProperties("globallokal.outbox")
public record OutboxProperties(@DefaultValue("1s") Duration interval, @DefaultValue("60s") Duration sweepInterval,
        @DefaultValue("10s") Duration sendTimeout) {
}
