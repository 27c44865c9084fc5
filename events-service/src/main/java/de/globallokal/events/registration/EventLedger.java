package de.globallokal.events.registration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.RegistrationSettings;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.events.notification.MessageOutbox;
import de.globallokal.events.notification.OutgoingMessage;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Every write to an event goes through here: the event's public state, its registrations
 * (a private field of the same document) and the envelope to publish change in ONE
 * compare-and-set on the version (DD005). Sign-ups retry on a lost race, so fifty people
 * for the last five seats get five confirmations and forty-five waitlist places, never a
 * sixth seat. Messages to registrants are queued after the write has succeeded.
 */
@Component
public class EventLedger {

    static final String REGISTRATIONS = "registrations";

    private static final int ATTEMPTS = 50;

    private final AggregateCollection<CalendarEvent> events;

    private final MessageOutbox outbox;

    private final NoticeMessages messages;

    private final Clock clock;

    // one writer per event inside this instance spares the losers of a race their retries
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    EventLedger(AggregateCollection<CalendarEvent> events, MessageOutbox outbox, NoticeMessages messages, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.outbox = outbox;
        this.messages = messages;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
        events.mongo().createIndex(Indexes.ascending("startsAt"));
    }

    /** The event as stored, with its registrations. */
    public record Snapshot(CalendarEvent state, long version, List<Registration> registrations) {
    }

    /** What a change decided: the new public state and an answer for the caller. */
    public record Outcome<R>(CalendarEvent state, R value) {
    }

    @FunctionalInterface
    interface Change<R> {

        Outcome<R> apply(Snapshot current, RegistrationBook book, Instant now);

    }

    public Stored<CalendarEvent> create(CalendarEvent state, String actor) {
        CalendarEvent withSeats = state
            .withSeats(new RegistrationBook(state.id(), List.of()).seats(occurrenceIds(state), capacity(state)));
        return events.insertFirst(state.id(), withSeats, state.created(), EventTypes.EVENT_UPSERTED, actor,
                lookup(withSeats).append(REGISTRATIONS, List.of()));
    }

    /**
     * Replaces the public state of an event an editor has seen in this version;
     * registrations stay, and if the capacity rose the waitlist moves up.
     */
    public Stored<CalendarEvent> update(String id, long expectedVersion, String actor,
            UnaryOperator<CalendarEvent> change) {
        return change(id, expectedVersion, actor, (current, book, now) -> {
            CalendarEvent next = change.apply(current.state());
            book.fillFreeSeats(policy(next), now);
            return new Outcome<>(next, null);
        }).stored();
    }

    public Optional<Snapshot> find(String id) {
        return Optional.ofNullable(events.mongo().find(Filters.eq("_id", id)).first())
            .filter(document -> !document.getBoolean("deleted", false))
            .map(this::snapshot);
    }

    /** A change and its result together with the stored event. */
    record Result<R>(Stored<CalendarEvent> stored, R value) {
    }

    /**
     * Applies a change to the current event and stores it with one compare-and-set. With
     * an expected version (an editor's If-Match) a lost race is the caller's conflict;
     * without, the change is worked out again on the new state.
     */
    <R> Result<R> change(String id, Long expectedVersion, String actor, Change<R> change) {
        ReentrantLock lock = stripes[Math.floorMod(id.hashCode(), stripes.length)];
        lock.lock();
        try {
            for (int attempt = 1;; attempt++) {
                Snapshot current = find(id).orElseThrow(
                        () -> new VersionConflictException(id, expectedVersion == null ? 0 : expectedVersion, null));
                if (expectedVersion != null && current.version() != expectedVersion) {
                    throw new VersionConflictException(id, expectedVersion, current.version());
                }
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                RegistrationBook book = new RegistrationBook(id, current.registrations());
                Outcome<R> outcome = change.apply(current, book, now);
                CalendarEvent next = outcome.state()
                    .withSeats(book.seats(occurrenceIds(outcome.state()), capacity(outcome.state())));
                next = next
                    .withSequence(current.state().sequence() + (next.differsInCalendarFrom(current.state()) ? 1 : 0));
                if (next.equals(current.state()) && book.entries().equals(current.registrations())) {
                    return new Result<>(new Stored<>(current.state(), current.version()), outcome.value());
                }
                try {
                    Stored<CalendarEvent> stored = events.replace(id, current.version(), next, now,
                            EventTypes.EVENT_UPSERTED, actor,
                            lookup(next).append(REGISTRATIONS, documents(book.entries())));
                    queueMessages(next, book);
                    return new Result<>(stored, outcome.value());
                }
                catch (VersionConflictException lost) {
                    if (expectedVersion != null || attempt >= ATTEMPTS) {
                        throw lost;
                    }
                }
            }
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * Ids of events matching a filter on the stored document (e.g. with an offer open).
     */
    List<String> idsWhere(Bson filter) {
        return events.mongo()
            .find(Filters.and(filter, Filters.ne("deleted", true)))
            .projection(new Document("_id", 1))
            .map(d -> d.getString("_id"))
            .into(new ArrayList<>());
    }

    public long activeRegistrations(String id) {
        return find(id).map(s -> s.registrations().stream().filter(r -> r.status().isActive()).count()).orElse(0L);
    }

    /**
     * Forgets the registrations of an event about to be deleted; only inactive ones can
     * be left.
     */
    public void forgetRegistrations(String id) {
        events.mongo().updateOne(Filters.eq("_id", id), Updates.unset(REGISTRATIONS));
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
        return new SeatPolicy(capacity(event),
                Duration.ofHours(
                        settings == null ? RegistrationSettings.DEFAULT_CLAIM_HOURS : settings.claimHoursOrDefault()),
                starts);
    }

    private static int capacity(CalendarEvent event) {
        return event.registration() == null ? 0 : event.registration().capacity();
    }

    private static List<String> occurrenceIds(CalendarEvent event) {
        return event.registration() == null ? List.of() : event.occurrences().stream().map(Occurrence::id).toList();
    }

    private void queueMessages(CalendarEvent event, RegistrationBook book) {
        List<OutgoingMessage> outgoing = new ArrayList<>();
        for (Notice notice : book.notices()) {
            Registration now = book.find(notice.registration().id()).orElse(notice.registration());
            if (notice.registration().email() != null) {
                outgoing.add(messages.of(notice, event, book.position(now)));
            }
        }
        outbox.queue(outgoing);
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

    private Snapshot snapshot(Document document) {
        try {
            CalendarEvent state = Json.tolerant()
                .readValue(document.get("state", Document.class).toJson(), CalendarEvent.class);
            List<Registration> registrations = new ArrayList<>();
            for (Document r : document.getList(REGISTRATIONS, Document.class, List.of())) {
                registrations.add(Json.tolerant().readValue(r.toJson(), Registration.class));
            }
            return new Snapshot(state, document.get("version", Number.class).longValue(), registrations);
        }
        catch (JacksonException e) {
            throw new IllegalStateException("stored event " + document.get("_id") + " is unreadable", e);
        }
    }

    private static List<Document> documents(List<Registration> registrations) {
        List<Document> documents = new ArrayList<>();
        for (Registration r : registrations) {
            documents.add(Document.parse(Json.strict().valueToTree(r).toString()));
        }
        return documents;
    }

}
