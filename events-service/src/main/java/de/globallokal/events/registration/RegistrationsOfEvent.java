package de.globallokal.events.registration;

import de.globallokal.core.calendar.EventSeats;
import de.globallokal.events.notification.MessageOutbox;
import de.globallokal.support.outbox.VersionConflictException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the calendar needs to know of an event's registrations, and their end with it. */
@Component
public class RegistrationsOfEvent {

    private final EventLedger ledger;

    private final RegistrationStore store;

    private final SeatCounters counters;

    private final SeatBoard board;

    private final MessageOutbox outbox;

    private final Clock clock;

    RegistrationsOfEvent(EventLedger ledger, RegistrationStore store, SeatCounters counters, SeatBoard board,
            MessageOutbox outbox, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.counters = counters;
        this.board = board;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** People registered or waiting, on any date of the event. */
    public long active(String eventId) {
        return store.countActive(eventId);
    }

    /** The seat counts of each date as they stand now. */
    public EventSeats seats(String eventId) {
        if (ledger.find(eventId).isEmpty()) {
            throw new VersionConflictException(eventId, 0, null);
        }
        List<SeatCounters.Counter> dates = counters.ofEvent(eventId);
        return new EventSeats(eventId, dates.stream().map(SeatCounters.Counter::seats).toList(),
                dates.stream().map(SeatCounters.Counter::modified).max(Comparable::compareTo).orElse(clock.instant()));
    }

    /**
     * The event is deleted: the cancelled and expired registrations name people too, and
     * so do their messages; the seat counts leave the topic.
     */
    public void forget(String eventId, String actor) {
        store.deleteOfEvent(eventId);
        counters.deleteOfEvent(eventId);
        outbox.deleteOfEvent(eventId);
        board.forget(eventId, actor);
    }

}
