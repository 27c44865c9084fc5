package de.globallokal.events.registration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.RegistrationSettings;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Every write to an event's public state goes through here: one compare-and-set on its
 * version, then the seat counters of its dates follow what it now offers (a raised
 * capacity moves the waitlist up), and registrants hear of a new time, place or status.
 * Registrations live apart (DD015), so a sign-up never changes the event's version and an
 * editor's If-Match stays valid through a rush.
 */
@Component
public class EventLedger {

    private static final Bson STATE = Projections.include("state", "version", "deleted");

    private final AggregateCollection<CalendarEvent> events;

    private final SeatCounters counters;

    private final Seating seating;

    private final DateChanges dateChanges;

    private final Clock clock;

    EventLedger(AggregateCollection<CalendarEvent> events, SeatCounters counters, Seating seating,
            DateChanges dateChanges, Clock clock) {
        this.clock = clock;
        this.dateChanges = dateChanges;
        this.events = events;
        this.counters = counters;
        this.seating = seating;
        events.mongo().createIndex(Indexes.ascending("startsAt"));
    }

    /** The event as stored. */
    public record Snapshot(CalendarEvent state, long version) {
    }

    public Stored<CalendarEvent> create(CalendarEvent state, String actor) {
        Stored<CalendarEvent> stored = events.insertFirst(state.id(), state, state.created(), EventTypes.EVENT_UPSERTED,
                actor, lookup(state));
        followSeats(state);
        return stored;
    }

    /**
     * Replaces the public state of an event an editor has seen in this version;
     * registrations stay, and if the capacity rose the waitlist moves up.
     */
    public Stored<CalendarEvent> update(String id, long expectedVersion, String actor,
            UnaryOperator<CalendarEvent> change) {
        Snapshot current = find(id).orElseThrow(() -> new VersionConflictException(id, expectedVersion, null));
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, current.version());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CalendarEvent next = change.apply(current.state()).withSeats(List.of());
        next = next.withSequence(current.state().sequence() + (next.differsInCalendarFrom(current.state()) ? 1 : 0));
        if (next.equals(current.state())) {
            return new Stored<>(current.state(), current.version());
        }
        Stored<CalendarEvent> stored = events.replace(id, current.version(), next, now, EventTypes.EVENT_UPSERTED,
                actor, lookup(next));
        followSeats(next);
        if (next.sequence() != current.state().sequence()) {
            dateChanges.changed(next);
        }
        return stored;
    }

    /**
     * The counters take the event's capacity and dates; free seats go to the waitlist.
     */
    void followSeats(CalendarEvent event) {
        Instant now = clock.instant();
        for (String date : counters.sync(event, now)) {
            seating.fill(event, date, now);
        }
    }

    public Optional<Snapshot> find(String id) {
        // the history and outbox stay in the database: a sign-up reads the state only
        return Optional.ofNullable(events.mongo().find(Filters.eq("_id", id)).projection(STATE).first())
            .filter(document -> !document.getBoolean("deleted", false))
            .map(EventLedger::snapshot);
    }

    /** Every event not deleted, for the housekeeping rounds. */
    List<Snapshot> all() {
        return events.mongo().find(Filters.ne("deleted", true)).map(EventLedger::snapshot).into(new ArrayList<>());
    }

    static SeatPolicy policy(CalendarEvent event) {
        Map<String, Instant> starts = new LinkedHashMap<>();
        for (Occurrence occurrence : event.occurrences()) {
            Instant closes = event.registration() != null && event.registration().closes() != null
                    ? event.registration().closes().atZone(ZoneId.of(event.zone())).toInstant()
                    : occurrence.start().toInstant();
            starts.put(occurrence.id(),
                    closes.isBefore(occurrence.start().toInstant()) ? closes : occurrence.start().toInstant());
        }
        RegistrationSettings settings = event.registration();
        return new SeatPolicy(event.registration() == null ? 0 : event.registration().capacity(),
                Duration.ofHours(
                        settings == null ? RegistrationSettings.DEFAULT_CLAIM_HOURS : settings.claimHoursOrDefault()),
                starts);
    }

    private static Document lookup(CalendarEvent event) {
        Instant first = event.occurrences()
            .stream()
            .map(o -> o.start().toInstant())
            .min(Instant::compareTo)
            .orElse(event.start().toInstant());
        Instant last = event.occurrences()
            .stream()
            .map(o -> o.end().toInstant())
            .max(Instant::compareTo)
            .orElse(event.end().toInstant());
        Document lookup = new Document("startsAt", Date.from(first)).append("endsAt", Date.from(last))
            .append("statusKey", event.status().name());
        lookup.append("publishAt", event.publishAt() == null ? null : Date.from(event.publishAt()));
        return lookup;
    }

    private static Snapshot snapshot(Document document) {
        try {
            CalendarEvent state = Json.tolerant()
                .readValue(document.get("state", Document.class).toJson(), CalendarEvent.class);
            return new Snapshot(state, document.get("version", Number.class).longValue());
        }
        catch (JacksonException e) {
            throw new IllegalStateException("stored event " + document.get("_id") + " is unreadable", e);
        }
    }

}
