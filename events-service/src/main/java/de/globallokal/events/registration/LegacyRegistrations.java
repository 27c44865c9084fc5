package de.globallokal.events.registration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.globallokal.core.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves registrations an earlier version kept inside their event's document (DD005) into
 * documents of their own (DD015), once, before the first sign-up: nobody who signed up
 * then is lost, and the seat counts start from what they hold.
 */
@Component
class LegacyRegistrations {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyRegistrations.class);

    private static final String EMBEDDED = "registrations";

    private final MongoCollection<Document> events;

    private final RegistrationStore store;

    private final SeatCounters counters;

    private final EventLedger ledger;

    private final Clock clock;

    LegacyRegistrations(MongoTemplate mongo, RegistrationStore store, SeatCounters counters, EventLedger ledger,
            Clock clock) {
        this.events = mongo.getCollection("events");
        this.store = store;
        this.counters = counters;
        this.ledger = ledger;
        this.clock = clock;
        moveAll();
    }

    /** The registrations as DD005 stored them. */
    private record Embedded(String id, String occurrenceId, RegistrationStatus status, String name, String email,
            String emailKey, String phone, String note, String language, String consentVersion, Instant consentAt,
            String tokenHash, String claimTokenHash, Instant offeredUntil, boolean anonymised, Instant created,
            Instant modified) {
    }

    /**
     * @return how many registrations moved
     */
    int moveAll() {
        int moved = 0;
        for (Document event : events.find(Filters.exists(EMBEDDED + ".0")).into(new ArrayList<>())) {
            moved += move(event);
        }
        return moved;
    }

    private int move(Document event) {
        String eventId = event.getString("_id");
        List<Embedded> embedded = new ArrayList<>();
        for (Document d : event.getList(EMBEDDED, Document.class)) {
            embedded.add(Json.tolerant().readValue(d.toJson(), Embedded.class));
        }
        // the waitlist's order was the order of arrival
        embedded.sort(Comparator.comparing(Embedded::created));
        long ticket = 0;
        for (Embedded e : embedded) {
            Long place = e.status() == RegistrationStatus.WAITLISTED ? ++ticket : null;
            // they signed up before the double opt-in: their address counts as confirmed
            store.insertIfAbsent(new Registration(e.id(), eventId, e.occurrenceId(), e.status(), true, e.name(),
                    e.email(), e.emailKey(), e.phone(), e.note(), e.language(), e.consentVersion(), e.consentAt(),
                    e.tokenHash(), e.claimTokenHash(), place, e.offeredUntil(), null, false, e.anonymised(),
                    e.created(), e.modified()));
        }
        ledger.find(eventId).ifPresent(snapshot -> counters.sync(snapshot.state(), clock.instant()));
        Instant now = clock.instant();
        // nobody was checked in before registrations had documents of their own
        for (SeatCounters.Counter counter : counters.ofEvent(eventId)) {
            Map<RegistrationStatus, Integer> actual = new EnumMap<>(RegistrationStatus.class);
            store.ofDate(counter.occurrenceId())
                .stream()
                .filter(r -> r.status().isActive())
                .forEach(r -> actual.merge(r.status(), 1, Integer::sum));
            counters.reconcile(counter, actual, 0, now);
        }
        events.updateOne(Filters.eq("_id", eventId), Updates.unset(EMBEDDED));
        LOG.info("moved {} registrations of event {} into documents of their own", embedded.size(), eventId);
        return embedded.size();
    }

}
