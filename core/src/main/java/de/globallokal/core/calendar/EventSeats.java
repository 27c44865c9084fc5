package de.globallokal.core.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seat counts of every date of one event, as carried in {@code seats.upserted.v1}.
 * They travel apart from the event, so a sign-up never raises the event's own version: an
 * editor's If-Match stays valid through a sign-up rush (DD015).
 *
 * @param eventId the event the counts belong to; the aggregate's own id is
 * {@link #idOf(String)}, so the two never share a key on the compacted topic
 * @param modified when a count last changed
 */
public record EventSeats(String eventId, List<Seats> dates, Instant modified) {

    private static final String PREFIX = "seats:";

    public EventSeats {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** The aggregate id of an event's seat counts. */
    public static String idOf(String eventId) {
        return PREFIX + eventId;
    }

    public Optional<Seats> of(String occurrenceId) {
        return dates.stream().filter(s -> s.occurrenceId().equals(occurrenceId)).findFirst();
    }

}
