package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Seats;
import de.globallokal.events.notification.MessageOutbox;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.web.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** What staff do with registrations: list in waitlist order, cancel, promote, erase. */
@Component
class StaffRegistrations {

    private static final int RACES = 20;

    private final EventLedger ledger;

    private final RegistrationStore store;

    private final Seating seating;

    private final MessageOutbox outbox;

    private final SeatCounters counters;

    private final Clock clock;

    StaffRegistrations(EventLedger ledger, RegistrationStore store, Seating seating, MessageOutbox outbox,
            SeatCounters counters, Clock clock) {
        this.counters = counters;
        this.ledger = ledger;
        this.store = store;
        this.seating = seating;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A registration as staff see it: without the hashes of the secrets, with the
     * waitlist position.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String id, String occurrenceId, RegistrationStatus status, boolean verified, Integer position,
            String name, String email, String phone, String note, String language, String consentVersion,
            Instant consentAt, Instant offeredUntil, Instant confirmBy, boolean attended, boolean anonymised,
            Instant created, Instant modified) {

        static Row of(Registration r, int position) {
            return new Row(r.id(), r.occurrenceId(), r.status(), r.verified(), position > 0 ? position : null, r.name(),
                    r.email(), r.phone(), r.note(), r.language(), r.consentVersion(), r.consentAt(), r.offeredUntil(),
                    r.confirmBy(), r.attended(), r.anonymised(), r.created(), r.modified());
        }
    }

    List<Row> list(String eventId) {
        event(eventId);
        List<Registration> all = store.ofEvent(eventId);
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Integer> perDate = new HashMap<>();
        all.stream()
            .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
            .sorted(Comparator.comparing(Registration::ticket))
            .forEach(r -> positions.put(r.id(), perDate.merge(r.occurrenceId(), 1, Integer::sum)));
        return all.stream().map(r -> Row.of(r, positions.getOrDefault(r.id(), 0))).toList();
    }

    SignupAnswer cancel(String eventId, String registrationId) {
        return change(eventId, registrationId, Notice.Kind.CANCELLED, (r, now) -> {
            active(r);
            return r.withStatus(RegistrationStatus.CANCELLED, now);
        });
    }

    SignupAnswer promote(String eventId, String registrationId, boolean beyondCapacity) {
        for (int race = 0; race < RACES; race++) {
            Registration r = registration(eventId, registrationId);
            active(r);
            Instant now = now();
            if (r.status() == RegistrationStatus.CONFIRMED) {
                return SignupAnswer.of(r, 0);
            }
            if (r.status() == RegistrationStatus.WAITLISTED) {
                if (seating.promote(r, beyondCapacity, now)) {
                    return SignupAnswer.of(store.find(r.id()).orElseThrow(), 0);
                }
                continue;
            }
            Registration confirmed = r.withStatus(RegistrationStatus.CONFIRMED, now).verifiedAt(now);
            if (seating.change(event(eventId), r, confirmed, Notice.Kind.CLAIMED, now)) {
                return SignupAnswer.of(confirmed, 0);
            }
        }
        throw raced();
    }

    /**
     * Ticks (or unticks) a confirmed person at the door: funders ask who came, not who
     * signed up.
     */
    Row attendance(String eventId, String registrationId, boolean present) {
        for (int race = 0; race < RACES; race++) {
            Registration r = registration(eventId, registrationId);
            if (r.status() != RegistrationStatus.CONFIRMED) {
                throw new ConflictException("Only a confirmed registration can be checked in; this one is "
                        + r.status().name().toLowerCase(Locale.ROOT) + ".");
            }
            if (r.attended() == present) {
                return Row.of(r, 0);
            }
            Instant now = now();
            Registration after = r.checkedIn(present, now);
            if (seating.change(event(eventId), r, after, null, now)) {
                return Row.of(after, 0);
            }
        }
        throw raced();
    }

    /** Counts people at the door who came without registering. */
    Seats walkIns(String eventId, String occurrenceId, int delta) {
        counters.find(occurrenceId)
            .filter(c -> c.eventId().equals(eventId))
            .orElseThrow(() -> new VersionConflictException(occurrenceId, 0, null));
        return counters.countWalkIns(occurrenceId, delta, now())
            .map(SeatCounters.Counter::seats)
            .orElseThrow(() -> new ConflictException("Fewer walk-ins are counted than this correction takes away."));
    }

    /**
     * Frees the seats of the named registrations and removes everything that names their
     * people.
     */
    int erase(String eventId, List<String> registrationIds) {
        int erased = 0;
        for (String id : registrationIds) {
            change(eventId, id, null,
                    (r, now) -> (r.status().isActive() ? r.withStatus(RegistrationStatus.CANCELLED, now) : r)
                        .anonymisedAt(now));
            erased++;
        }
        outbox.anonymise(eventId, registrationIds);
        return erased;
    }

    /**
     * Anonymises every registration of the event now, as housekeeping does once the
     * retention period is over: statuses and seat counts stay (reports keep their
     * numbers), names go.
     */
    int anonymiseAll(String eventId) {
        event(eventId);
        return anonymise(eventId, store.ofEvent(eventId));
    }

    /** Anonymises the given registrations of one event, and their messages. */
    int anonymise(String eventId, List<Registration> registrations) {
        List<String> named = registrations.stream().filter(r -> !r.anonymised()).map(Registration::id).toList();
        // one write for a whole date: ten thousand names go as fast as one
        store.anonymise(named, now());
        outbox.anonymise(eventId, named);
        return named.size();
    }

    int eraseEverywhere(String email) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        Map<String, List<String>> byEvent = new HashMap<>();
        store.byEmailKey(key).forEach(r -> byEvent.computeIfAbsent(r.eventId(), e -> new ArrayList<>()).add(r.id()));
        int erased = 0;
        for (Map.Entry<String, List<String>> event : byEvent.entrySet()) {
            erased += erase(event.getKey(), event.getValue());
        }
        return erased;
    }

    private SignupAnswer change(String eventId, String registrationId, Notice.Kind kind,
            BiFunction<Registration, Instant, Registration> change) {
        for (int race = 0; race < RACES; race++) {
            Registration before = registration(eventId, registrationId);
            Instant now = now();
            Registration after = change.apply(before, now);
            if (after.equals(before) || seating
                .change(ledger.find(eventId).map(EventLedger.Snapshot::state).orElse(null), before, after, kind, now)) {
                return SignupAnswer.of(after, 0);
            }
        }
        throw raced();
    }

    private Registration registration(String eventId, String registrationId) {
        return store.find(registrationId)
            .filter(r -> r.eventId().equals(eventId))
            .orElseThrow(() -> new VersionConflictException(registrationId, 0, null));
    }

    private CalendarEvent event(String eventId) {
        return ledger.find(eventId)
            .map(EventLedger.Snapshot::state)
            .orElseThrow(() -> new VersionConflictException(eventId, 0, null));
    }

    private static void active(Registration r) {
        if (!r.status().isActive()) {
            throw new ConflictException(
                    "This registration was already " + r.status().name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static ConflictException raced() {
        return new ConflictException("The registration is changing right now; please try again.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
