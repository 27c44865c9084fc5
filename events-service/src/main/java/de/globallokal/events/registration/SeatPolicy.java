package de.globallokal.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What an event's settings say about its seats: how many per occurrence, how long a
 * moved-up person has to claim, and when each occurrence starts (no offer outlives it).
 */
record SeatPolicy(int capacity, Duration claim, Map<String, Instant> starts) {

    Instant claimDeadline(String occurrenceId, Instant now) {
        Instant deadline = now.plus(claim);
        Instant start = starts.get(occurrenceId);
        return start != null && start.isBefore(deadline) ? start : deadline;
    }
}
