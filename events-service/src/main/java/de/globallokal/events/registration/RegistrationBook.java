package de.globallokal.events.registration;

import de.globallokal.core.calendar.Seats;
import de.globallokal.support.web.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The registrations of one event and the rules that move them: first come, first served;
 * a freed seat is offered to the first on the waitlist of that occurrence, who has until
 * the claim deadline to take it. Pure logic on a copy: the caller stores the result in
 * one write and sends the {@link #notices()} afterwards.
 */
final class RegistrationBook {

    private final String eventId;

    private final List<Registration> entries;

    private final List<Notice> notices = new ArrayList<>();

    RegistrationBook(String eventId, List<Registration> entries) {
        this.eventId = eventId;
        this.entries = new ArrayList<>(entries);
    }

    List<Registration> entries() {
        return List.copyOf(entries);
    }

    List<Notice> notices() {
        return List.copyOf(notices);
    }

    Optional<Registration> find(String id) {
        return entries.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Optional<Registration> findByTokenHash(String tokenHash) {
        return entries.stream().filter(r -> r.answersTo(tokenHash)).findFirst();
    }

    /**
     * Adds a registration as confirmed while seats are left, else to the end of the
     * waitlist.
     */
    Registration signUp(Registration candidate, SeatPolicy policy, String token) {
        boolean taken = entries.stream()
            .anyMatch(r -> r.status().isActive() && r.occurrenceId().equals(candidate.occurrenceId())
                    && candidate.emailKey().equals(r.emailKey()));
        if (taken) {
            throw new ConflictException("This e-mail address is already registered for this date.");
        }
        boolean seatFree = held(candidate.occurrenceId()) < policy.capacity() && waiting(candidate.occurrenceId()) == 0;
        Registration added = candidate
            .withStatus(seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, candidate.created());
        entries.add(added);
        notices.add(new Notice(seatFree ? Notice.Kind.CONFIRMED : Notice.Kind.WAITLISTED, added, token));
        return added;
    }

    /** Cancels an active registration; a seat it held goes to the waitlist. */
    Registration cancel(String id, SeatPolicy policy, Instant now) {
        Registration current = active(id);
        Registration cancelled = replace(current.withStatus(RegistrationStatus.CANCELLED, now));
        notices.add(new Notice(Notice.Kind.CANCELLED, cancelled));
        fillFreeSeats(policy, now);
        return cancelled;
    }

    /** The person moved up takes the seat offered to them. */
    Registration claim(String id, Instant now) {
        Registration current = find(id).orElseThrow(() -> new ConflictException("There is no such registration."));
        if (current.status() == RegistrationStatus.CONFIRMED) {
            return current;
        }
        if (current.status() != RegistrationStatus.OFFERED || current.offeredUntil().isBefore(now)) {
            throw new ConflictException("No seat is offered to this registration (any more).");
        }
        Registration claimed = replace(current.withStatus(RegistrationStatus.CONFIRMED, now));
        notices.add(new Notice(Notice.Kind.CLAIMED, claimed));
        return claimed;
    }

    /**
     * Staff confirm someone from the waitlist at once, without a claim step. Beyond the
     * capacity only when they say so: that is a deliberate extra chair, never an
     * accident.
     */
    Registration promote(String id, SeatPolicy policy, boolean beyondCapacity, Instant now) {
        Registration current = active(id);
        if (current.status() == RegistrationStatus.CONFIRMED) {
            return current;
        }
        boolean seatFree = current.status() == RegistrationStatus.OFFERED
                || held(current.occurrenceId()) < policy.capacity();
        if (!seatFree && !beyondCapacity) {
            throw new ConflictException("All seats are taken; raise the capacity or confirm beyond it on purpose.");
        }
        Registration confirmed = replace(current.withStatus(RegistrationStatus.CONFIRMED, now));
        notices.add(new Notice(Notice.Kind.CLAIMED, confirmed));
        return confirmed;
    }

    /** Offers lapse after their deadline; the seat goes to the next one waiting. */
    boolean expireOffers(SeatPolicy policy, Instant now) {
        boolean changed = false;
        for (Registration r : List.copyOf(entries)) {
            if (r.status() == RegistrationStatus.OFFERED && !r.offeredUntil().isAfter(now)) {
                notices.add(new Notice(Notice.Kind.EXPIRED, replace(r.withStatus(RegistrationStatus.EXPIRED, now))));
                changed = true;
            }
        }
        return fillFreeSeats(policy, now) || changed;
    }

    /**
     * While an occurrence has free seats and people waiting, the first in line is offered
     * a seat.
     */
    boolean fillFreeSeats(SeatPolicy policy, Instant now) {
        boolean changed = false;
        for (Registration r : List.copyOf(entries)) {
            if (r.status() == RegistrationStatus.WAITLISTED && held(r.occurrenceId()) < policy.capacity()) {
                Instant deadline = policy.claimDeadline(r.occurrenceId(), now);
                if (deadline.isAfter(now)) {
                    String token = Tokens.create(eventId);
                    Registration offered = replace(r.offered(deadline, Tokens.hash(token), now));
                    notices.add(new Notice(Notice.Kind.OFFERED, offered, token));
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** 1 for the first in line of its occurrence; 0 when not waiting. */
    int position(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        int position = 0;
        for (Registration r : entries) {
            if (r.status() == RegistrationStatus.WAITLISTED && r.occurrenceId().equals(registration.occurrenceId())) {
                position++;
                if (r.id().equals(registration.id())) {
                    return position;
                }
            }
        }
        return 0;
    }

    /** Removes everything that names a person from the matching registrations. */
    int anonymise(Predicate<Registration> which, Instant now) {
        int count = 0;
        for (Registration r : List.copyOf(entries)) {
            if (!r.anonymised() && which.test(r)) {
                replace(r.anonymisedAt(now));
                count++;
            }
        }
        return count;
    }

    List<Seats> seats(List<String> occurrenceIds, int capacity) {
        return occurrenceIds.stream()
            .map(id -> new Seats(id, capacity, count(id, RegistrationStatus.CONFIRMED),
                    count(id, RegistrationStatus.OFFERED), count(id, RegistrationStatus.WAITLISTED)))
            .toList();
    }

    private Registration active(String id) {
        Registration current = find(id).orElseThrow(() -> new ConflictException("There is no such registration."));
        if (!current.status().isActive()) {
            throw new ConflictException(
                    "This registration was already " + current.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return current;
    }

    private int held(String occurrenceId) {
        return count(occurrenceId, RegistrationStatus.CONFIRMED) + count(occurrenceId, RegistrationStatus.OFFERED);
    }

    private int waiting(String occurrenceId) {
        return count(occurrenceId, RegistrationStatus.WAITLISTED);
    }

    private int count(String occurrenceId, RegistrationStatus status) {
        return (int) entries.stream()
            .filter(r -> r.status() == status && r.occurrenceId().equals(occurrenceId))
            .count();
    }

    private Registration replace(Registration changed) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(changed.id())) {
                entries.set(i, changed);
                return changed;
            }
        }
        throw new IllegalStateException("registration " + changed.id() + " vanished");
    }

}
