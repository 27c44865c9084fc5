package de.globallokal.events.registration;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.RegistrationSettings;
import de.globallokal.core.calendar.Seats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One small document per date that counts its seats and waitlist. A seat is taken only by
 * one guarded atomic update ({@code free > 0}), so no interleaving of sign-ups on any
 * number of instances overbooks a date. The counter moves before the registration when a
 * seat or place is claimed and after it when one is given back, so a crash in between
 * leaves a count too high, never too low: a seat may stay empty until {@link #reconcile},
 * none is ever sold twice (DD015).
 */
@Component
class SeatCounters {

    static final String COLLECTION = "seat_counters";

    /** What an unlimited waitlist has room for. */
    private static final int NO_LIMIT = 1_000_000_000;

    private final MongoCollection<Document> counters;

    SeatCounters(MongoTemplate mongo) {
        this.counters = mongo.getCollection(COLLECTION);
    }

    /** A date's counts as stored. */
    record Counter(String occurrenceId, String eventId, int capacity, int free, int waitlist, int confirmed,
            int pending, int offered, int waiting, int attended, int walkIns, long tickets, boolean open,
            Instant endsAt, long version, Instant modified) {

        Seats seats() {
            return new Seats(occurrenceId, capacity, confirmed, offered, waiting, pending, attended, walkIns);
        }

        static Counter of(Document d) {
            return new Counter(d.getString("_id"), d.getString("eventId"), d.getInteger("capacity", 0),
                    d.getInteger("free", 0), d.getInteger("waitlist", NO_LIMIT), d.getInteger("confirmed", 0),
                    d.getInteger("pending", 0), d.getInteger("offered", 0), d.getInteger("waiting", 0),
                    d.getInteger("attended", 0), d.getInteger("walkIns", 0), number(d, "tickets"),
                    d.getBoolean("open", false), d.getDate("endsAt").toInstant(), number(d, "version"),
                    d.getDate("modified").toInstant());
        }

        private static long number(Document d, String field) {
            Number n = d.get(field, Number.class);
            return n == null ? 0 : n.longValue();
        }
    }

    /**
     * Makes the counters say what the event now offers: its capacity and waitlist limit
     * per date, and whether a date takes sign-ups at all. Counts stay; a raised capacity
     * frees seats for the waitlist.
     * @return the dates that now have a free seat
     */
    List<String> sync(CalendarEvent event, Instant now) {
        List<String> withRoom = new ArrayList<>();
        Set<String> current = new HashSet<>();
        RegistrationSettings settings = event.registration();
        if (settings != null) {
            for (Occurrence o : event.occurrences()) {
                current.add(o.id());
                boolean open = takesSignups(event, o);
                int capacity = settings.capacity();
                int waitlist = settings.waitlist() == null ? NO_LIMIT : settings.waitlist();
                Counter after = set(event.id(), o, capacity, waitlist, open, now);
                if (after.open() && after.free() > 0) {
                    withRoom.add(o.id());
                }
            }
        }
        for (Document gone : counters.find(Filters.eq("eventId", event.id()))) {
            if (!current.contains(gone.getString("_id")) && gone.getBoolean("open", false)) {
                counters.updateOne(Filters.eq("_id", gone.getString("_id")), changed(now, Updates.set("open", false)));
            }
        }
        return withRoom;
    }

    static boolean takesSignups(CalendarEvent event, Occurrence o) {
        return event.registration() != null && event.status().isPublic() && event.status() != EventStatus.CANCELLED
                && event.status() != EventStatus.POSTPONED && !o.cancelled();
    }

    private Counter set(String eventId, Occurrence o, int capacity, int waitlist, boolean open, Instant now) {
        while (true) {
            Document stored = counters.find(Filters.eq("_id", o.id())).first();
            if (stored == null) {
                Document fresh = new Document("_id", o.id()).append("eventId", eventId)
                    .append("capacity", capacity)
                    .append("free", capacity)
                    .append("waitlist", waitlist)
                    .append("waitRoom", waitlist)
                    .append("confirmed", 0)
                    .append("pending", 0)
                    .append("offered", 0)
                    .append("waiting", 0)
                    .append("tickets", 0L)
                    .append("open", open)
                    .append("endsAt", Date.from(o.end().toInstant()))
                    .append("version", 1L)
                    .append("dirty", true)
                    .append("modified", Date.from(now));
                try {
                    counters.insertOne(fresh);
                    return Counter.of(fresh);
                }
                catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    continue; // another instance made it first
                }
            }
            Counter was = Counter.of(stored);
            if (was.capacity() == capacity && was.waitlist() == waitlist && was.open() == open
                    && was.endsAt().equals(o.end().toInstant())) {
                return was;
            }
            Document after = counters.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", o.id()), Filters.eq("version", was.version())),
                    changed(now, Updates.set("capacity", capacity), Updates.inc("free", capacity - was.capacity()),
                            Updates.set("waitlist", waitlist), Updates.inc("waitRoom", waitlist - was.waitlist()),
                            Updates.set("open", open), Updates.set("endsAt", Date.from(o.end().toInstant()))),
                    AFTER);
            if (after != null) {
                return Counter.of(after);
            }
        }
    }

    Optional<Counter> find(String occurrenceId) {
        return Optional.ofNullable(counters.find(Filters.eq("_id", occurrenceId)).first()).map(Counter::of);
    }

    /**
     * Takes a free seat of an open date for a newcomer, unless people wait for one (they
     * come first).
     * @return the counts after, or empty when no seat is free
     */
    Optional<Counter> takeSeat(String occurrenceId, RegistrationStatus as, Instant now) {
        return update(Filters.and(Filters.eq("_id", occurrenceId), Filters.eq("open", true), Filters.gt("free", 0),
                Filters.eq("waiting", 0)), now, Updates.inc("free", -1), Updates.inc(as.counter(), 1));
    }

    /**
     * A place on the waitlist of an open date with room on it.
     * @return the counts after ({@code tickets} is the newcomer's ticket), or empty when
     * the waitlist is full
     */
    Optional<Counter> joinWaitlist(String occurrenceId, Instant now) {
        return update(Filters.and(Filters.eq("_id", occurrenceId), Filters.eq("open", true), Filters.gt("waitRoom", 0)),
                now, Updates.inc("waitRoom", -1), Updates.inc("waiting", 1), Updates.inc("tickets", 1L));
    }

    /**
     * Holds a free seat for the first person waiting.
     * @return false when no seat is free or nobody waits
     */
    boolean offerSeat(String occurrenceId, Instant now) {
        return update(
                Filters.and(Filters.eq("_id", occurrenceId), Filters.eq("open", true), Filters.gt("free", 0),
                        Filters.gt("waiting", 0)),
                now, Updates.inc("free", -1), Updates.inc("offered", 1), Updates.inc("waiting", -1),
                Updates.inc("waitRoom", 1))
            .isPresent();
    }

    /**
     * Moves one person from the waitlist to a confirmed seat: only into a free seat,
     * unless staff add a chair on purpose.
     */
    boolean promote(String occurrenceId, boolean beyondCapacity, Instant now) {
        Bson filter = beyondCapacity ? Filters.eq("_id", occurrenceId)
                : Filters.and(Filters.eq("_id", occurrenceId), Filters.gt("free", 0));
        return update(filter, now, Updates.inc("free", -1), Updates.inc("confirmed", 1), Updates.inc("waiting", -1),
                Updates.inc("waitRoom", 1))
            .isPresent();
    }

    /** Counts a registration that went from one status to another. */
    void move(String occurrenceId, RegistrationStatus from, RegistrationStatus to, Instant now) {
        if (from == to) {
            return;
        }
        List<Bson> changes = new ArrayList<>();
        int free = (from.holdsSeat() ? 1 : 0) - (to.holdsSeat() ? 1 : 0);
        int room = (from == RegistrationStatus.WAITLISTED ? 1 : 0) - (to == RegistrationStatus.WAITLISTED ? 1 : 0);
        if (free != 0) {
            changes.add(Updates.inc("free", free));
        }
        if (room != 0) {
            changes.add(Updates.inc("waitRoom", room));
        }
        if (from.counter() != null) {
            changes.add(Updates.inc(from.counter(), -1));
        }
        if (to.counter() != null) {
            changes.add(Updates.inc(to.counter(), 1));
        }
        update(Filters.eq("_id", occurrenceId), now, changes.toArray(Bson[]::new));
    }

    /** A registrant was checked in ({@code +1}) or the tick taken back ({@code -1}). */
    void countAttendance(String occurrenceId, int delta, Instant now) {
        update(Filters.eq("_id", occurrenceId), now, Updates.inc("attended", delta));
    }

    /**
     * Counts people who came without registering; never below none.
     * @return the counts after, or empty when the correction would go below zero
     */
    Optional<Counter> countWalkIns(String occurrenceId, int delta, Instant now) {
        Bson filter = delta >= 0 ? Filters.eq("_id", occurrenceId)
                : Filters.and(Filters.eq("_id", occurrenceId), Filters.gte("walkIns", -delta));
        return update(filter, now, Updates.inc("walkIns", delta));
    }

    List<Counter> ofEvent(String eventId) {
        return counters.find(Filters.eq("eventId", eventId))
            .sort(Sorts.ascending("endsAt"))
            .map(Counter::of)
            .into(new ArrayList<>());
    }

    /** The events with counts not yet published. */
    Set<String> eventsWithNews() {
        return counters.find(Filters.eq("dirty", true)).map(d -> d.getString("eventId")).into(new HashSet<>());
    }

    /** Marks the counts as published unless they changed since they were read. */
    void published(Counter read) {
        counters.updateOne(Filters.and(Filters.eq("_id", read.occurrenceId()), Filters.eq("version", read.version())),
                Updates.set("dirty", false));
    }

    /** Dates that ended before {@code before} and still name their registrants. */
    List<Counter> endedBefore(Instant before) {
        return counters.find(Filters.and(Filters.lt("endsAt", Date.from(before)), Filters.ne("anonymised", true)))
            .map(Counter::of)
            .into(new ArrayList<>());
    }

    void anonymised(String occurrenceId) {
        counters.updateOne(Filters.eq("_id", occurrenceId), Updates.set("anonymised", true));
    }

    /**
     * Sets a date's counts to what its registrations say, if nothing changed them for a
     * while: a sign-up between its counter and its registration would otherwise be
     * counted out.
     * @return whether the counts were wrong and are now right
     */
    boolean reconcile(Counter read, Map<RegistrationStatus, Integer> actual, int attended, Instant now) {
        int held = actual.getOrDefault(RegistrationStatus.CONFIRMED, 0)
                + actual.getOrDefault(RegistrationStatus.PENDING, 0)
                + actual.getOrDefault(RegistrationStatus.OFFERED, 0);
        int waiting = actual.getOrDefault(RegistrationStatus.WAITLISTED, 0);
        Seats right = new Seats(read.occurrenceId(), read.capacity(),
                actual.getOrDefault(RegistrationStatus.CONFIRMED, 0),
                actual.getOrDefault(RegistrationStatus.OFFERED, 0), waiting,
                actual.getOrDefault(RegistrationStatus.PENDING, 0), attended, read.walkIns());
        if (right.equals(read.seats())) {
            return false;
        }
        return counters
            .updateOne(Filters.and(Filters.eq("_id", read.occurrenceId()), Filters.eq("version", read.version())),
                    changed(now, Updates.set("confirmed", right.confirmed()), Updates.set("pending", right.pending()),
                            Updates.set("offered", right.offered()), Updates.set("waiting", waiting),
                            Updates.set("attended", attended), Updates.set("free", read.capacity() - held),
                            Updates.set("waitRoom", read.waitlist() - waiting)))
            .getModifiedCount() == 1;
    }

    List<Counter> all() {
        return counters.find().map(Counter::of).into(new ArrayList<>());
    }

    void deleteOfEvent(String eventId) {
        counters.deleteMany(Filters.eq("eventId", eventId));
    }

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
        .returnDocument(ReturnDocument.AFTER);

    private Optional<Counter> update(Bson filter, Instant now, Bson... changes) {
        return Optional.ofNullable(counters.findOneAndUpdate(filter, changed(now, changes), AFTER)).map(Counter::of);
    }

    /** Every change raises the version and marks the counts for publication. */
    private static Bson changed(Instant now, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.inc("version", 1L));
        all.add(Updates.set("dirty", true));
        all.add(Updates.set("modified", Date.from(now)));
        return Updates.combine(all);
    }

}
