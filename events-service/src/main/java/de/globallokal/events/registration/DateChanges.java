package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells registrants when their date is called off, put off, moved or given another place.
 * Each registration keeps what it was last told ({@link DatePlan}); after a change of the
 * event the two are compared and, where they differ, the new plan and the notice are
 * written in one guarded update. So the editor's request does not wait for thousands of
 * writes, and a crash between the event's change and the telling only delays it until the
 * housekeeping round: nobody hears twice, nobody is missed.
 */
@Component
class DateChanges {

    private static final Logger LOG = LoggerFactory.getLogger(DateChanges.class);

    private final RegistrationStore store;

    private final NoticeRelay notices;

    private final Clock clock;

    private final ExecutorService teller = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "date-changes");
        thread.setDaemon(true);
        return thread;
    });

    DateChanges(RegistrationStore store, NoticeRelay notices, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.clock = clock;
    }

    /** The event changed: its registrants are told in the background. */
    void changed(CalendarEvent event) {
        try {
            teller.execute(() -> {
                try {
                    tell(event);
                }
                catch (RuntimeException e) {
                    LOG.warn("registrants of event {} not told yet, housekeeping tries again: {}", event.id(),
                            e.toString());
                }
            });
        }
        catch (RejectedExecutionException stopping) {
            // housekeeping of the next start tells them
        }
    }

    /**
     * Compares what each registrant of the event was told with what it now says.
     * @return how many were told of a change
     */
    synchronized int tell(CalendarEvent event) {
        Instant now = clock.instant();
        int told = 0;
        for (RegistrationStore.Told registrant : store.toldBefore(event.id(), event.sequence())) {
            Registration r = registrant.registration();
            DatePlan plan = DatePlan.of(event, r.occurrenceId());
            // a registration from before plans were kept learns the plan silently; an
            // address nobody confirmed is not written to
            Optional<Notice.Kind> news = registrant.plan() == null || !r.verified() || r.email() == null
                    ? Optional.empty() : plan.newsAfter(registrant.plan());
            Notice notice = news.map(
                    kind -> new Notice(UUID.randomUUID().toString(), kind, null, 0, now, null, registrant.plan(), null))
                .orElse(null);
            if (store.retell(registrant, plan, notice) && notice != null) {
                notices.wake(r.id());
                told++;
            }
        }
        return told;
    }

    @PreDestroy
    void stop() {
        teller.shutdown();
    }

}
