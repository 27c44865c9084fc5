package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-up, claim and cancellation as a registrant (through web-ui) or staff ask for them.
 */
@Component
class Signups {

    private static final Pattern SERIES_OCCURRENCE = Pattern.compile("(.+)-(\\d{8})");

    private final EventLedger ledger;

    private final String consentVersion;

    Signups(EventLedger ledger, @Value("${globallokal.registration.consent-version:2026-11}") String consentVersion) {
        this.ledger = ledger;
        this.consentVersion = consentVersion;
    }

    /**
     * @param id an event id, or the id of one occurrence of a series
     */
    SignupAnswer signUp(String id, SignupInput input, String actor) {
        String eventId = eventIdOf(id);
        String occurrenceHint = eventId.equals(id) ? input.occurrenceId() : id;
        if (!consentVersion.equals(input.consentVersion())) {
            throw new InvalidRequestException("consentVersion", "the consent text has changed (now version "
                    + consentVersion + "); show the current text and ask again");
        }
        String token = Tokens.create(eventId);
        return ledger.<SignupAnswer>change(eventId, null, actor, (current, book, now) -> {
            CalendarEvent event = current.state();
            Occurrence occurrence = openOccurrence(event, occurrenceHint, now);
            Registration candidate = new Registration(UUID.randomUUID().toString(), occurrence.id(),
                    RegistrationStatus.WAITLISTED, input.name().trim(), input.email().trim(),
                    input.email().trim().toLowerCase(Locale.ROOT), blankToNull(input.phone()),
                    blankToNull(input.note()), input.language() == null ? "de" : input.language(),
                    input.consentVersion(), now, Tokens.hash(token), null, null, false, now, now);
            Registration added = book.signUp(candidate, EventLedger.policy(event), token);
            return new EventLedger.Outcome<>(event, SignupAnswer.of(eventId, added, book.position(added), token));
        }).value();
    }

    SignupAnswer lookup(String token) {
        EventLedger.Snapshot snapshot = byToken(token);
        RegistrationBook book = new RegistrationBook(snapshot.state().id(), snapshot.registrations());
        Registration r = book.findByTokenHash(Tokens.hash(token)).orElseThrow(Signups::unknownToken);
        return SignupAnswer.of(snapshot.state().id(), r, book.position(r), null);
    }

    SignupAnswer cancelByToken(String token, String actor) {
        String hash = Tokens.hash(token);
        String eventId = byToken(token).state().id();
        return ledger.<SignupAnswer>change(eventId, null, actor, (current, book, now) -> {
            Registration r = book.findByTokenHash(hash).orElseThrow(Signups::unknownToken);
            Registration cancelled = book.cancel(r.id(), EventLedger.policy(current.state()), now);
            return new EventLedger.Outcome<>(current.state(), SignupAnswer.of(eventId, cancelled, 0, null));
        }).value();
    }

    SignupAnswer claimByToken(String token, String actor) {
        String hash = Tokens.hash(token);
        String eventId = byToken(token).state().id();
        return ledger.<SignupAnswer>change(eventId, null, actor, (current, book, now) -> {
            Registration r = book.findByTokenHash(hash).orElseThrow(Signups::unknownToken);
            Registration claimed = book.claim(r.id(), now);
            return new EventLedger.Outcome<>(current.state(), SignupAnswer.of(eventId, claimed, 0, null));
        }).value();
    }

    private EventLedger.Snapshot byToken(String token) {
        String eventId = Tokens.eventId(token);
        Optional<EventLedger.Snapshot> snapshot = eventId == null ? Optional.empty() : ledger.find(eventId);
        return snapshot.filter(s -> s.registrations().stream().anyMatch(r -> r.answersTo(Tokens.hash(token))))
            .orElseThrow(Signups::unknownToken);
    }

    private String eventIdOf(String id) {
        if (ledger.find(id).isPresent()) {
            return id;
        }
        Matcher series = SERIES_OCCURRENCE.matcher(id);
        if (series.matches() && ledger.find(series.group(1)).isPresent()) {
            return series.group(1);
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

    private static VersionConflictException unknownToken() {
        return new VersionConflictException("registration", 0, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
