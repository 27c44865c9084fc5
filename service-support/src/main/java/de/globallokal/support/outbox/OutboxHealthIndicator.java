package de.globallokal.support.outbox;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Reports the relay's backlog; a backlog is no failure, the service keeps accepting writes. */
public class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;

    public OutboxHealthIndicator(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("topic", relay.topic())
                .withDetail("pendingAggregates", relay.backlog())
                .withDetail("published", relay.publishedCount())
                .build();
    }
}
