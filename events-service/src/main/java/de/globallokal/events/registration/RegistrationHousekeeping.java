package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.events.notification.MessageOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The jobs that keep registrations honest over time: unconfirmed sign-ups and lapsed
 * offers give their seat to the next person waiting; N days after each date (default 30)
 * nothing is left that names its registrants; counts a crash left too high are set right
 * once they have been quiet for a while. One registration or date that fails is logged
 * and reported, and the others go on.
 */
@Component
public class RegistrationHousekeeping {

    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationHousekeeping.class);

    /** A counter this long untouched has no sign-up between counter and registration. */
    private static final Duration QUIET = Duration.ofSeconds(60);

    private final EventLedger ledger;

    private final RegistrationStore store;

    private final SeatCounters counters;

    private final Seating seating;

    private final StaffRegistrations staff;

    private final MessageOutbox outbox;

    private final AddressCaps caps;

    private final DateChanges dateChanges;

    private final Reminders reminders;

    private final Duration anonymiseAfter;

    private final Clock clock;

    private volatile Round last = new Round(null, 0, 0, 0, 0, 0, List.of());

    RegistrationHousekeeping(EventLedger ledger, RegistrationStore store, SeatCounters counters, Seating seating,
            StaffRegistrations staff, MessageOutbox outbox, AddressCaps caps, DateChanges dateChanges,
            Reminders reminders, @Value("${globallokal.registration.anonymise-after:30d}") Duration anonymiseAfter,
            Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.counters = counters;
        this.seating = seating;
        this.staff = staff;
        this.outbox = outbox;
        this.caps = caps;
        this.dateChanges = dateChanges;
        this.reminders = reminders;
        this.anonymiseAfter = anonymiseAfter;
        this.clock = clock;
    }

    /**
     * What the last round did, and what it could not do.
     *
     * @param told registrants told of a change a crash kept from them
     * @param reminded registrants reminded of tomorrow's date
     * @param failures one line per registration or date that failed, with the reason
     */
    public record Round(Instant at, int expired, int anonymised, int reconciled, int told, int reminded,
            List<String> failures) {
    }

    @Scheduled(fixedDelayString = "${globallokal.registration.housekeeping-interval:60s}")
    void scheduled() {
        runAt(clock.instant());
    }

    public Round last() {
        return last;
    }

    /** One round as of {@code now}. */
    public synchronized Round runAt(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        List<String> failures = new ArrayList<>();
        Map<String, Optional<CalendarEvent>> events = new HashMap<>();
        int expired = 0;
        // nobody proved the address: whoever typed it is owed nothing, and nothing stays
        expired += expire(store.due(RegistrationStatus.PENDING, "confirmBy", at), null, true, events, at, failures);
        expired += expire(
                store.due(RegistrationStatus.WAITLISTED, "confirmBy", at).stream().filter(r -> !r.verified()).toList(),
                null, true, events, at, failures);
        expired += expire(store.due(RegistrationStatus.OFFERED, "offeredUntil", at), Notice.Kind.EXPIRED, false, events,
                at, failures);
        int anonymised = anonymiseEnded(at, failures);
        int reconciled = reconcileQuiet(at, failures);
        int told = 0;
        for (EventLedger.Snapshot snapshot : ledger.all()) {
            attemptRun("seats of event " + snapshot.state().id(), failures, () -> ledger.followSeats(snapshot.state()));
            Integer toldOfEvent = attempt("word of changes to registrants of event " + snapshot.state().id(), failures,
                    () -> dateChanges.tell(snapshot.state()));
            told += toldOfEvent == null ? 0 : toldOfEvent;
        }
        Integer reminded = attempt("reminders", failures,
                () -> reminders.remindAt(at,
                        id -> events.computeIfAbsent(id, key -> ledger.find(key).map(EventLedger.Snapshot::state))
                            .orElse(null)));
        attemptRun("messages past their keeping time", failures, () -> outbox.deleteExpired(at));
        attemptRun("address counters of past days", failures, () -> caps.deleteExpired(at));
        Round round = new Round(at, expired, anonymised, reconciled, told, reminded == null ? 0 : reminded,
                List.copyOf(failures));
        if (!failures.isEmpty()) {
            LOG.warn("housekeeping left {} things for the next round: {}", failures.size(), failures);
        }
        last = round;
        return round;
    }

    /**
     * Sign-ups nobody confirmed and offers nobody claimed in time end; their seats move
     * on. An unconfirmed one is forgotten too, as its mail promised.
     */
    private int expire(List<Registration> due, Notice.Kind tell, boolean forget,
            Map<String, Optional<CalendarEvent>> events, Instant now, List<String> failures) {
        int expired = 0;
        for (Registration r : due) {
            CalendarEvent event = events
                .computeIfAbsent(r.eventId(), id -> ledger.find(id).map(EventLedger.Snapshot::state))
                .orElse(null);
            // a lost race means the person acted meanwhile: the next round sees what
            // stands
            Registration lapsed = r.withStatus(RegistrationStatus.EXPIRED, now);
            Registration after = forget ? lapsed.anonymisedAt(now) : lapsed;
            if (Boolean.TRUE.equals(attempt("registration " + r.id(), failures, () -> {
                boolean changed = seating.change(event, r, after, tell, now);
                if (changed && forget) {
                    outbox.anonymise(r.eventId(), List.of(r.id()));
                }
                return changed;
            }))) {
                expired++;
            }
        }
        return expired;
    }

    /**
     * Each date on its own: a series' first date is forgotten N days after it, not after
     * the last.
     */
    private int anonymiseEnded(Instant now, List<String> failures) {
        int anonymised = 0;
        for (SeatCounters.Counter date : counters.endedBefore(now.minus(anonymiseAfter))) {
            Integer count = attempt("anonymisation of date " + date.occurrenceId(), failures, () -> {
                int named = staff.anonymise(date.eventId(), store.ofDate(date.occurrenceId()));
                counters.anonymised(date.occurrenceId());
                return named;
            });
            if (count != null && count > 0) {
                LOG.info("anonymised {} registrations of date {}", count, date.occurrenceId());
                anonymised += count;
            }
        }
        return anonymised;
    }

    private int reconcileQuiet(Instant now, List<String> failures) {
        Map<String, Map<RegistrationStatus, Integer>> actual = store.activeCounts();
        Map<String, Integer> attended = store.attendedCounts();
        int reconciled = 0;
        for (SeatCounters.Counter counter : counters.all()) {
            if (counter.modified().isAfter(now.minus(QUIET))) {
                continue;
            }
            Boolean set = attempt("counts of date " + counter.occurrenceId(), failures,
                    () -> counters.reconcile(counter, actual.getOrDefault(counter.occurrenceId(), Map.of()),
                            attended.getOrDefault(counter.occurrenceId(), 0), now));
            if (Boolean.TRUE.equals(set)) {
                LOG.warn("seat counts of date {} were {} and are set to what its registrations say",
                        counter.occurrenceId(), counter.seats());
                reconciled++;
            }
        }
        return reconciled;
    }

    private static <T> T attempt(String what, List<String> failures, Supplier<T> work) {
        try {
            return work.get();
        }
        catch (RuntimeException e) {
            failures.add(what + ": " + e);
            LOG.warn("housekeeping of {} failed, the next round tries again", what, e);
            return null;
        }
    }

    private static void attemptRun(String what, List<String> failures, Runnable work) {
        attempt(what, failures, () -> {
            work.run();
            return null;
        });
    }

}
