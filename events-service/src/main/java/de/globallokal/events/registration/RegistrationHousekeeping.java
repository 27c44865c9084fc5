package de.globallokal.events.registration;

import com.mongodb.client.model.Filters;
import de.globallokal.events.notification.MessageOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The jobs that keep registrations honest over time: lapsed offers go to the next person
 * waiting, and N days after an event (default 30) nothing is left that names a
 * registrant.
 */
@Component
public class RegistrationHousekeeping {

    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationHousekeeping.class);

    private final EventLedger ledger;

    private final MessageOutbox outbox;

    private final Duration anonymiseAfter;

    private final Clock clock;

    RegistrationHousekeeping(EventLedger ledger, MessageOutbox outbox,
            @Value("${globallokal.registration.anonymise-after:30d}") Duration anonymiseAfter, Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.outbox = outbox;
        this.anonymiseAfter = anonymiseAfter;
    }

    @Scheduled(fixedDelayString = "${globallokal.registration.housekeeping-interval:60s}")
    void scheduled() {
        runAt(clock.instant());
    }

    /** One round as of {@code now}: expire offers, then anonymise. */
    public synchronized void runAt(Instant now) {
        for (String id : ledger
            .idsWhere(Filters.eq(EventLedger.REGISTRATIONS + ".status", RegistrationStatus.OFFERED.name()))) {
            ledger.change(id, null, SYSTEM, (current, book, time) -> {
                book.expireOffers(EventLedger.policy(current.state()), now.isAfter(time) ? now : time);
                return new EventLedger.Outcome<>(current.state(), null);
            });
        }
        Date due = Date.from(now.minus(anonymiseAfter));
        for (String id : ledger.idsWhere(
                Filters.and(Filters.lt("endsAt", due), Filters.eq(EventLedger.REGISTRATIONS + ".anonymised", false)))) {
            List<String> ids = ledger.<List<String>>change(id, null, SYSTEM, (current, book, time) -> {
                List<String> named = book.entries()
                    .stream()
                    .filter(r -> !r.anonymised())
                    .map(Registration::id)
                    .toList();
                book.anonymise(r -> true, time);
                return new EventLedger.Outcome<>(current.state(), named);
            }).value();
            outbox.anonymise(id, ids);
            LOG.info("anonymised {} registrations of event {}", ids.size(), id);
        }
    }

}
