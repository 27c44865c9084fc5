package de.globallokal.events.calendar;

import com.mongodb.client.model.Filters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.events.registration.EventLedger;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled events when their time has come. */
@Component
public class PublicationJob {

    private final AggregateCollection<CalendarEvent> events;

    private final EventLedger ledger;

    private final Clock clock;

    PublicationJob(AggregateCollection<CalendarEvent> events, EventLedger ledger, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${globallokal.publication.interval:15s}")
    void scheduled() {
        publishDue(clock.instant());
    }

    /**
     * @return how many events went public
     */
    public synchronized int publishDue(Instant now) {
        int published = 0;
        for (var stored : events.page(List.of(Filters.eq("statusKey", EventStatus.SCHEDULED.name()),
                Filters.lte("publishAt", Date.from(now))), "publishAt", 0, 100)) {
            try {
                ledger.update(stored.state().id(), stored.version(), "system",
                        current -> current.withStatus(EventStatus.PUBLISHED, now));
                published++;
            }
            catch (VersionConflictException edited) {
                // an editor changed it in the meantime: the next round sees their version
            }
        }
        return published;
    }

}
