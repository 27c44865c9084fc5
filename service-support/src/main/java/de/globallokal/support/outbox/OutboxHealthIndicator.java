package de.globallokal.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports each relay's backlog and whether this instance publishes it (holds its lease)
 * or leaves it to another; a backlog is no failure, the service keeps accepting writes.
 */
public class OutboxHealthIndicator implements HealthIndicator {

    private final Outboxes outboxes;

    public OutboxHealthIndicator(Outboxes outboxes) {
        this.outboxes = outboxes;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (OutboxRelay relay : outboxes.relays()) {
            details.put(relay.name(), Map.of("topic", relay.topic(), "pendingAggregates", relay.backlog(), "published",
                    relay.publishedCount(), "publishing", relay.publishing(), "publisher", relay.publisher()));
        }
        return Health.up().withDetails(details).build();
    }

}
