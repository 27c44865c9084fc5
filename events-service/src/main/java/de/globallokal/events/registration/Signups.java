package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.web.ConflictException;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-up, confirmation, claim and cancellation as a registrant (through web-ui) or staff
 * ask for them. A registrant's sign-up holds its seat as {@code PENDING} until the link
 * in the e-mail is opened; staff take sign-ups they have checked themselves.
 */
@Component
class Signups {

    private static final Pattern SERIES_OCCURRENCE = Pattern.compile("(.+)-(\\d{8})");

    private static final int RACES = 20;

    private final EventLedger ledger;

    private final RegistrationStore store;

    private final Seating seating;

    private final AddressCaps caps;

    private final Clock clock;

    private final String consentVersion;

    private final Duration confirmWithin;

    Signups(EventLedger ledger, RegistrationStore store, Seating seating, AddressCaps caps, Clock clock,
            @Value("${globallokal.registration.consent-version:2026-11}") String consentVersion,
            @Value("${globallokal.registration.confirm-within:24h}") Duration confirmWithin) {
        this.ledger = ledger;
        this.store = store;
        this.seating = seating;
        this.caps = caps;
        this.clock = clock;
        this.consentVersion = consentVersion;
        this.confirmWithin = confirmWithin;
    }

    /**
     * @param id an event id, or the id of one occurrence of a series
     * @param byStaff staff took the sign-up (at the desk, on the phone): no confirmation
     * by e-mail is needed
     */
    Seating.SignedUp signUp(String id, SignupInput input, boolean byStaff) {
        Instant now = now();
        EventLedger.Snapshot snapshot = eventOf(id);
        CalendarEvent event = snapshot.state();
        String occurrenceHint = event.id().equals(id) ? input.occurrenceId() : id;
        if (!consentVersion.equals(input.consentVersion())) {
            throw new InvalidRequestException("consentVersion", "the consent text has changed (now version "
                    + consentVersion + "); show the current text and ask again");
        }
        Occurrence occurrence = openOccurrence(event, occurrenceHint, now);
        String emailKey = input.email().trim().toLowerCase(Locale.ROOT);
        if (!byStaff) {
            caps.count(emailKey, now);
        }
        String token = Tokens.create(event.id());
        Registration candidate = new Registration(UUID.randomUUID().toString(), event.id(), occurrence.id(),
                RegistrationStatus.WAITLISTED, byStaff, input.name().trim(), input.email().trim(), emailKey,
                blankToNull(input.phone()), blankToNull(input.note()),
                input.language() == null ? "de" : input.language(), input.consentVersion(), now, Tokens.hash(token),
                null, null, null, byStaff ? null : now.plus(confirmWithin), false, false, now, now);
        Seating.SignedUp signedUp = seating.signUp(event, candidate, token, now);
        if (signedUp.already() && byStaff) {
            throw new ConflictException("This e-mail address is already registered for this date.");
        }
        return signedUp;
    }

    SignupAnswer lookup(String token) {
        Registration r = byToken(token);
        return SignupAnswer.of(r, position(r));
    }

    /** The person opened the link in the e-mail: the address is theirs. */
    SignupAnswer confirmByToken(String token) {
        return byTokenChange(token, (r, now) -> {
            if (r.verified() || !r.status().isActive()) {
                return r;
            }
            return r.verifiedAt(now);
        }, r -> r.status() == RegistrationStatus.CONFIRMED ? Notice.Kind.CONFIRMED : null);
    }

    SignupAnswer cancelByToken(String token) {
        return byTokenChange(token, (r, now) -> {
            if (!r.status().isActive()) {
                throw new ConflictException(
                        "This registration was already " + r.status().name().toLowerCase(Locale.ROOT) + ".");
            }
            // a person who cancels is owed nothing more: nothing that names them stays
            return r.withStatus(RegistrationStatus.CANCELLED, now).anonymisedAt(now);
        }, r -> Notice.Kind.CANCELLED);
    }

    SignupAnswer claimByToken(String token) {
        return byTokenChange(token, (r, now) -> {
            if (r.status() == RegistrationStatus.CONFIRMED) {
                return r;
            }
            if (r.status() != RegistrationStatus.OFFERED || !r.offeredUntil().isAfter(now)) {
                throw new ConflictException("No seat is offered to this registration (any more).");
            }
            return r.withStatus(RegistrationStatus.CONFIRMED, now).verifiedAt(now);
        }, r -> Notice.Kind.CLAIMED);
    }

    /**
     * Works a registrant's change out on the registration as stored and writes it; a lost
     * race starts over on the new state.
     */
    private SignupAnswer byTokenChange(String token, BiFunction<Registration, Instant, Registration> change,
            Function<Registration, Notice.Kind> tell) {
        for (int race = 0; race < RACES; race++) {
            Registration before = byToken(token);
            Instant now = now();
            Registration after = change.apply(before, now);
            if (after.equals(before)) {
                return SignupAnswer.of(after, position(after));
            }
            Notice.Kind kind = tell.apply(after);
            CalendarEvent event = ledger.find(before.eventId()).map(EventLedger.Snapshot::state).orElse(null);
            if (seating.change(event, before, after, kind, now)) {
                return SignupAnswer.of(after, position(after));
            }
        }
        throw new ConflictException("The registration is changing right now; please try again.");
    }

    private int position(Registration r) {
        return r.status() == RegistrationStatus.WAITLISTED ? store.positionOf(r) : 0;
    }

    private Registration byToken(String token) {
        return token == null || Tokens.eventId(token) == null ? unknown()
                : store.findByTokenHash(Tokens.hash(token)).orElseGet(Signups::unknown);
    }

    private static Registration unknown() {
        throw new VersionConflictException("registration", 0, null);
    }

    private EventLedger.Snapshot eventOf(String id) {
        Optional<EventLedger.Snapshot> direct = ledger.find(id);
        if (direct.isPresent()) {
            return direct.get();
        }
        Matcher series = SERIES_OCCURRENCE.matcher(id);
        if (series.matches()) {
            Optional<EventLedger.Snapshot> ofSeries = ledger.find(series.group(1));
            if (ofSeries.isPresent()) {
                return ofSeries.get();
            }
        }
        throw new VersionConflictException(id, 0, null);
    }

    /** The occurrence a person may still sign up for, or a 400 that says why not. */
    private static Occurrence openOccurrence(CalendarEvent event, String occurrenceId, Instant now) {
        if (!event.status().isPublic()) {
            // drafts do not exist for the public
            throw new VersionConflictException(event.id(), 0, null);
        }
        if (event.registration() == null) {
            throw new InvalidRequestException("event", "this event needs no registration; just come");
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new InvalidRequestException("event", "the event is cancelled");
        }
        if (event.status() == EventStatus.POSTPONED) {
            throw new InvalidRequestException("event",
                    "the event is postponed; registration opens again with the new date");
        }
        Occurrence occurrence;
        if (occurrenceId == null || occurrenceId.isBlank()) {
            if (event.occurrences().size() != 1) {
                throw new InvalidRequestException("occurrenceId", "name the date of the series to sign up for");
            }
            occurrence = event.occurrences().get(0);
        }
        else {
            occurrence = event.occurrences()
                .stream()
                .filter(o -> o.id().equals(occurrenceId))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("occurrenceId", "is no date of this event"));
        }
        if (occurrence.cancelled()) {
            throw new InvalidRequestException("occurrenceId", "this date is cancelled");
        }
        Instant closes = EventLedger.policy(event).starts().get(occurrence.id());
        if (!now.isBefore(occurrence.start().toInstant())) {
            throw new InvalidRequestException("event", "the event has already begun or is over");
        }
        if (!now.isBefore(closes)) {
            throw new InvalidRequestException("event", "registration has closed");
        }
        return occurrence;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
