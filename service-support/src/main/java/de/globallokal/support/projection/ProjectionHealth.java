package de.globallokal.support.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says why a projector stands still: while a poll keeps failing (the database away, a
 * failover) it is retried without end, and this component reports STALLED with the topic,
 * since when, how often and the last error. Quiet for two back-off periods, it reports UP
 * again.
 */
public class ProjectionHealth implements HealthIndicator, RetryListener {

    /** Worse than UP, better than DOWN: the instance serves, its read models lag. */
    public static final Status STALLED = new Status("STALLED", "a projector retries a failing poll");

    private final Clock clock;

    private final Duration quiet;

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    public ProjectionHealth(Clock clock, Duration maxBackOff) {
        this.clock = clock;
        this.quiet = maxBackOff.multipliedBy(2);
    }

    private record Stall(Instant since, Instant last, int attempts, String error) {
    }

    @Override
    public void failedDelivery(ConsumerRecords<?, ?> records, Exception exception, int attempt) {
        records.partitions().forEach(partition -> failed(partition.topic(), exception, attempt));
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
        failed(record.topic(), exception, attempt);
    }

    private void failed(String topic, Exception exception, int attempt) {
        Instant now = clock.instant();
        String error = String.valueOf(rootCause(exception).getMessage());
        stalls.merge(topic, new Stall(now, now, attempt, error),
                (old, fresh) -> new Stall(old.since(), now, attempt, error));
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        stalls.values().removeIf(stall -> stall.last().plus(quiet).isBefore(now));
        if (stalls.isEmpty()) {
            return Health.up().build();
        }
        Health.Builder health = Health.status(STALLED);
        stalls.forEach((topic, stall) -> health.withDetail(topic,
                Map.of("since", stall.since().toString(), "attempts", stall.attempts(), "error", stall.error())));
        return health.build();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

}
