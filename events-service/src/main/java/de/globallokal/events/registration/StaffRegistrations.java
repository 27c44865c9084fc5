package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.client.model.Filters;
import de.globallokal.events.notification.MessageOutbox;
import de.globallokal.support.outbox.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What staff do with registrations: list in waitlist order, cancel, promote, erase. */
@Component
class StaffRegistrations {

    private final EventLedger ledger;

    private final MessageOutbox outbox;

    StaffRegistrations(EventLedger ledger, MessageOutbox outbox) {
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /**
     * A registration as staff see it: without the hashes of the secrets, with the
     * waitlist position.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String id, String occurrenceId, RegistrationStatus status, Integer position, String name, String email,
            String phone, String note, String language, String consentVersion, Instant consentAt, Instant offeredUntil,
            boolean anonymised, Instant created, Instant modified) {

        static Row of(Registration r, int position) {
            return new Row(r.id(), r.occurrenceId(), r.status(), position > 0 ? position : null, r.name(), r.email(),
                    r.phone(), r.note(), r.language(), r.consentVersion(), r.consentAt(), r.offeredUntil(),
                    r.anonymised(), r.created(), r.modified());
        }
    }

    List<Row> list(String eventId) {
        EventLedger.Snapshot snapshot = ledger.find(eventId)
            .orElseThrow(() -> new VersionConflictException(eventId, 0, null));
        RegistrationBook book = new RegistrationBook(eventId, snapshot.registrations());
        return book.entries().stream().map(r -> Row.of(r, book.position(r))).toList();
    }

    SignupAnswer cancel(String eventId, String registrationId, String actor) {
        return ledger
            .<SignupAnswer>change(eventId, null, actor,
                    (current, book, now) -> new EventLedger.Outcome<>(current.state(),
                            SignupAnswer.of(eventId,
                                    book.cancel(registrationId, EventLedger.policy(current.state()), now), 0, null)))
            .value();
    }

    SignupAnswer promote(String eventId, String registrationId, boolean beyondCapacity, String actor) {
        return ledger
            .<SignupAnswer>change(eventId, null, actor,
                    (current, book, now) -> new EventLedger.Outcome<>(current.state(), SignupAnswer.of(eventId,
                            book.promote(registrationId, EventLedger.policy(current.state()), beyondCapacity, now), 0,
                            null)))
            .value();
    }

    /**
     * Frees the seats of the named registrations and removes everything that names their
     * people.
     */
    int erase(String eventId, List<String> registrationIds, String actor) {
        int erased = ledger.<Integer>change(eventId, null, actor, (current, book, now) -> {
            for (String id : registrationIds) {
                Registration r = book.find(id).orElseThrow(() -> new VersionConflictException(id, 0, null));
                if (r.status().isActive()) {
                    book.cancel(id, EventLedger.policy(current.state()), now);
                }
            }
            return new EventLedger.Outcome<>(current.state(),
                    book.anonymise(r -> registrationIds.contains(r.id()), now));
        }).value();
        outbox.anonymise(eventId, registrationIds);
        return erased;
    }

    /**
     * Anonymises every registration of the event now, as housekeeping does once the
     * retention period is over: statuses and seat counts stay (reports keep their
     * numbers), names go.
     */
    int anonymiseAll(String eventId, String actor) {
        List<String> named = new ArrayList<>();
        int anonymised = ledger.<Integer>change(eventId, null, actor, (current, book, now) -> {
            named.clear(); // a retried compare-and-set starts over
            book.entries().stream().filter(r -> !r.anonymised()).map(Registration::id).forEach(named::add);
            return new EventLedger.Outcome<>(current.state(), book.anonymise(r -> true, now));
        }).value();
        outbox.anonymise(eventId, named);
        return anonymised;
    }

    int eraseEverywhere(String email, String actor) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        int erased = 0;
        for (String eventId : ledger.idsWhere(Filters.eq(EventLedger.REGISTRATIONS + ".emailKey", key))) {
            List<String> ids = ledger.find(eventId)
                .map(s -> s.registrations()
                    .stream()
                    .filter(r -> key.equals(r.emailKey()))
                    .map(Registration::id)
                    .toList())
                .orElse(List.of());
            erased += erase(eventId, ids, actor);
        }
        return erased;
    }

}
