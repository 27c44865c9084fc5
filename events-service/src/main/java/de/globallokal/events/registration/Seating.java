package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.support.web.ConflictException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Moves registrations between statuses with their seat counts (DD015): a claim takes the
 * counter first (guarded, so it can fail), a release writes the registration first; each
 * registration write carries the notice that tells of it. A freed seat goes to the first
 * person waiting, who has until the claim deadline to take it.
 */
@Component
class Seating {

    private static final int RACES = 20;

    private final RegistrationStore store;

    private final SeatCounters counters;

    private final NoticeRelay notices;

    Seating(RegistrationStore store, SeatCounters counters, NoticeRelay notices) {
        this.store = store;
        this.counters = counters;
        this.notices = notices;
    }

    /** A stored sign-up, or the registration the address already holds for that date. */
    record SignedUp(Registration registration, int position, boolean already) {
    }

    /**
     * Gives a newcomer a seat if one is free and nobody waits, else a place on the
     * waitlist.
     * @param candidate the registration to store; its status is decided here
     * @param token the secret of the registrant's link, for the first message
     * @throws ConflictException when the date and its waitlist are full
     */
    SignedUp signUp(CalendarEvent event, Registration candidate, String token, Instant now) {
        String date = candidate.occurrenceId();
        Optional<Registration> existing = store.findActive(date, candidate.emailKey());
        if (existing.isPresent()) {
            return already(existing.get(), now);
        }
        RegistrationStatus seated = candidate.verified() ? RegistrationStatus.CONFIRMED : RegistrationStatus.PENDING;
        if (counters.takeSeat(date, seated, now).isPresent()) {
            Registration r = candidate.withStatus(seated, now);
            Notice.Kind kind = candidate.verified() ? Notice.Kind.CONFIRMED : Notice.Kind.PENDING;
            if (store.insert(r, notice(kind, token, 0, now), DatePlan.of(event, date))) {
                notices.wake(r.id());
                return new SignedUp(r, 0, false);
            }
            counters.move(date, seated, RegistrationStatus.CANCELLED, now);
            fill(event, date, now);
            return alreadyOrRetry(event, candidate, token, now);
        }
        Optional<SeatCounters.Counter> joined = counters.joinWaitlist(date, now);
        if (joined.isEmpty() && counters.find(date).isEmpty()) {
            // an event stored before its counters existed, or a crash in between
            counters.sync(event, now);
            return signUp(event, candidate, token, now);
        }
        SeatCounters.Counter place = joined
            .orElseThrow(() -> new ConflictException("All seats are taken and the waitlist is full."));
        Registration r = new Registration(candidate.id(), candidate.eventId(), date, RegistrationStatus.WAITLISTED,
                candidate.verified(), candidate.name(), candidate.email(), candidate.emailKey(), candidate.phone(),
                candidate.note(), candidate.language(), candidate.consentVersion(), candidate.consentAt(),
                candidate.tokenHash(), null, place.tickets(), null, candidate.confirmBy(), false, false,
                candidate.created(), now);
        Notice.Kind kind = candidate.verified() ? Notice.Kind.WAITLISTED : Notice.Kind.PENDING_WAITLISTED;
        if (!store.insert(r, notice(kind, token, place.waiting(), now), DatePlan.of(event, date))) {
            counters.move(date, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED, now);
            return alreadyOrRetry(event, candidate, token, now);
        }
        notices.wake(r.id());
        if (place.free() > 0) {
            fill(event, date, now); // a seat came free between the two counters
        }
        return new SignedUp(r, place.waiting(), false);
    }

    private SignedUp alreadyOrRetry(CalendarEvent event, Registration candidate, String token, Instant now) {
        Optional<Registration> existing = store.findActive(candidate.occurrenceId(), candidate.emailKey());
        // the other registration of this address may have been cancelled in between
        return existing.map(r -> already(r, now)).orElseGet(() -> signUp(event, candidate, token, now));
    }

    private SignedUp already(Registration existing, Instant now) {
        store.tell(existing.id(), notice(Notice.Kind.ALREADY_REGISTERED, null, 0, now));
        notices.wake(existing.id());
        return new SignedUp(existing, 0, true);
    }

    /**
     * Stores a change that holds no new seat (a cancellation, a confirmation, an expiry,
     * an anonymisation) with its notice; a freed seat goes to the waitlist.
     * @return false when the registration changed meanwhile: work it out again
     */
    boolean change(CalendarEvent event, Registration before, Registration after, Notice.Kind kind, Instant now) {
        if (after.status().holdsSeat() && !before.status().holdsSeat()) {
            throw new IllegalArgumentException(
                    "a seat is taken through the counter: " + before.status() + " to " + after.status());
        }
        Notice notice = null;
        if (kind != null) {
            notice = after.anonymised() && !before.anonymised() ? new Notice(UUID.randomUUID().toString(), kind, null,
                    0, now, new Notice.Farewell(before.email(), before.name())) : notice(kind, null, 0, now);
        }
        if (!store.change(before, after, notice)) {
            return false;
        }
        counters.move(before.occurrenceId(), before.status(), after.status(), now);
        if (before.attended() != after.attended()) {
            counters.countAttendance(before.occurrenceId(), after.attended() ? 1 : -1, now);
        }
        if (kind != null) {
            notices.wake(after.id());
        }
        if (before.status().holdsSeat() && !after.status().holdsSeat() && event != null) {
            fill(event, before.occurrenceId(), now);
        }
        return true;
    }

    /**
     * Staff confirm someone from the waitlist at once. Beyond the capacity only when they
     * say so: that is a deliberate extra chair, never an accident.
     */
    boolean promote(Registration waiting, boolean beyondCapacity, Instant now) {
        String date = waiting.occurrenceId();
        Registration confirmed = waiting.withStatus(RegistrationStatus.CONFIRMED, now).verifiedAt(now);
        if (!counters.promote(date, beyondCapacity, now)) {
            throw new ConflictException("All seats are taken; raise the capacity or confirm beyond it on purpose.");
        }
        if (store.change(waiting, confirmed, notice(Notice.Kind.CLAIMED, null, 0, now))) {
            notices.wake(waiting.id());
            return true;
        }
        counters.move(date, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, now);
        return false;
    }

    /**
     * While the date has free seats and people waiting, the first in line is offered a
     * seat until the claim deadline.
     */
    void fill(CalendarEvent event, String date, Instant now) {
        Instant deadline = EventLedger.policy(event).claimDeadline(date, now);
        if (!deadline.isAfter(now)) {
            return; // the date begins: nobody could claim in time
        }
        while (counters.offerSeat(date, now)) {
            if (!offerToFirstWaiting(event, date, deadline, now)) {
                // nobody was waiting after all (they left, or are not stored yet)
                counters.move(date, RegistrationStatus.OFFERED, RegistrationStatus.WAITLISTED, now);
                return;
            }
        }
    }

    private boolean offerToFirstWaiting(CalendarEvent event, String date, Instant deadline, Instant now) {
        for (int race = 0; race < RACES; race++) {
            Optional<Registration> first = store.firstWaiting(date);
            if (first.isEmpty()) {
                return false;
            }
            String token = Tokens.create(event.id());
            Registration offered = first.get().offered(deadline, Tokens.hash(token), now);
            if (store.change(first.get(), offered, notice(Notice.Kind.OFFERED, token, 0, now))) {
                notices.wake(offered.id());
                return true;
            }
        }
        return false;
    }

    static Notice notice(Notice.Kind kind, String token, int position, Instant now) {
        return new Notice(UUID.randomUUID().toString(), kind, token, position, now, null);
    }

}
