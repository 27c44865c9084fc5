package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.events.notification.MessageOutbox;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drains the notices stored with registrations into the message outbox, like the outbox
 * relay drains events: at once in the background after each change, and by a sweep for
 * whatever a crash left. A notice leaves its registration only after its message is
 * stored under the notice's id, so draining twice sends once.
 */
@Component
class NoticeRelay {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeRelay.class);

    private final RegistrationStore store;

    private final EventLedger events;

    private final NoticeMessages messages;

    private final MessageOutbox outbox;

    private final ExecutorService drainer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notice-relay");
        thread.setDaemon(true);
        return thread;
    });

    NoticeRelay(RegistrationStore store, @Lazy EventLedger events, NoticeMessages messages, MessageOutbox outbox) {
        this.store = store;
        this.events = events;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** A registration has a notice to send. */
    void wake(String registrationId) {
        try {
            drainer.execute(() -> drainQuietly(registrationId));
        }
        catch (RejectedExecutionException stopping) {
            // the sweep of the next start sends it
        }
    }

    @Scheduled(fixedDelayString = "${globallokal.registration.notice-sweep-interval:10s}")
    void sweep() {
        store.withNotices(500).forEach(this::drainQuietly);
    }

    private void drainQuietly(String registrationId) {
        try {
            drain(registrationId);
        }
        catch (RuntimeException e) {
            LOG.warn("notices of registration {} not drained yet: {}", registrationId, e.toString());
        }
    }

    /** Turns each notice of the registration into a stored message. */
    synchronized void drain(String registrationId) {
        Optional<RegistrationStore.Pending> pending = store.pending(registrationId);
        if (pending.isEmpty() || pending.get().notices().isEmpty()) {
            return;
        }
        Registration r = pending.get().registration();
        Optional<CalendarEvent> event = events.find(r.eventId()).map(EventLedger.Snapshot::state);
        for (Notice notice : pending.get().notices()) {
            if (event.isPresent() && (r.email() != null || notice.farewell() != null)) {
                outbox.send(messages.of(notice, r, event.get()));
            }
            // without an event or an address (erased meanwhile) there is nobody to tell
            store.sent(registrationId, notice.id());
        }
    }

    @PreDestroy
    void stop() {
        drainer.shutdown();
    }

}
