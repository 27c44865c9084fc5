package de.globallokal.events.registration;

import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.event.EventTypes;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the seat counts of each event that changed, at most twice a second: a rush of
 * two hundred sign-ups a second becomes two envelopes, and the calendar shows counts at
 * most a second old. The counts are an aggregate of their own ({@code seats}), so the
 * event's version stays what the editor saw (DD015).
 */
@Component
class SeatBoard {

    private static final Logger LOG = LoggerFactory.getLogger(SeatBoard.class);

    private final AggregateCollection<EventSeats> seats;

    private final SeatCounters counters;

    private final Clock clock;

    SeatBoard(AggregateCollection<EventSeats> seats, SeatCounters counters, Clock clock) {
        this.seats = seats;
        this.counters = counters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${globallokal.registration.seat-publication-interval:500ms}")
    void publishChanged() {
        for (String eventId : counters.eventsWithNews()) {
            try {
                publish(eventId);
            }
            catch (VersionConflictException raced) {
                // another instance published the same counts; the next round sees them
            }
            catch (RuntimeException e) {
                LOG.warn("seat counts of event {} not published yet: {}", eventId, e.toString());
            }
        }
    }

    /** Publishes the event's counts if they differ from what was published. */
    void publish(String eventId) {
        List<SeatCounters.Counter> read = counters.ofEvent(eventId);
        List<Seats> dates = read.stream().map(SeatCounters.Counter::seats).toList();
        String id = EventSeats.idOf(eventId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Stored<EventSeats>> published = seats.find(id);
        EventSeats next = new EventSeats(eventId, dates, now);
        if (published.isEmpty()) {
            seats.insertFirst(id, next, now, EventTypes.SEATS_UPSERTED, RegistrationHousekeeping.SYSTEM,
                    new Document());
        }
        else if (!published.get().state().dates().equals(dates)) {
            seats.replace(id, published.get().version(), next, now, EventTypes.SEATS_UPSERTED,
                    RegistrationHousekeeping.SYSTEM, new Document());
        }
        read.forEach(counters::published);
    }

    /** The event is gone: so are its counts, on the topic too. */
    void forget(String eventId, String actor) {
        String id = EventSeats.idOf(eventId);
        seats.find(id)
            .ifPresent(stored -> seats.delete(id, stored.version(), clock.instant(), EventTypes.SEATS_DELETED, actor));
    }

    /** The counts as published, for the API. */
    Optional<Stored<EventSeats>> of(String eventId) {
        return seats.find(EventSeats.idOf(eventId));
    }

}
