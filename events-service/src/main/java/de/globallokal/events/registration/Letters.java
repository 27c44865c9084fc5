package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.RegistrantLetter;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Staff write to everyone registered for a date. A letter has an id the sender chose, so
 * sending it again after a failure reaches only those it missed.
 */
@Component
class Letters {

    private static final Pattern LETTER_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final EventLedger ledger;

    private final RegistrationStore store;

    private final NoticeRelay notices;

    private final Clock clock;

    Letters(EventLedger ledger, RegistrationStore store, NoticeRelay notices, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @param recipients everyone the letter is for
     * @param queued those it was queued for now (the others had it before)
     */
    record Posted(String id, int recipients, int queued) {
    }

    Posted post(String eventId, String letterId, RegistrantLetter letter) {
        if (!LETTER_ID.matcher(letterId).matches()) {
            throw new InvalidRequestException("letterId", "must be 8 to 64 letters, digits or dashes, e.g. a UUID");
        }
        CalendarEvent event = ledger.find(eventId)
            .map(EventLedger.Snapshot::state)
            .orElseThrow(() -> new VersionConflictException(eventId, 0, null));
        if (event.occurrences().stream().noneMatch(o -> o.id().equals(letter.occurrenceId()))) {
            throw new InvalidRequestException("occurrenceId", "is no date of this event");
        }
        Instant now = clock.instant();
        int recipients = 0;
        int queued = 0;
        for (Registration r : store.ofDate(letter.occurrenceId())) {
            // an address nobody confirmed could be anyone's
            boolean reached = r.verified() && r.email() != null
                    && (r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.OFFERED
                            || letter.reachesWaitlist() && r.status() == RegistrationStatus.WAITLISTED);
            if (!reached) {
                continue;
            }
            recipients++;
            Notice notice = new Notice(letterId + ":" + r.id(), Notice.Kind.LETTER, null, 0, now, null, null,
                    new Notice.Letter(letter.subject(), letter.text()));
            if (store.post(r.id(), letterId, notice)) {
                notices.wake(r.id());
                queued++;
            }
        }
        return new Posted(letterId, recipients, queued);
    }

}
