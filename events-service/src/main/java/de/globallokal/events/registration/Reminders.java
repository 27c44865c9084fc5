package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.support.calendar.CalendarFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A day before a date, its confirmed registrants are reminded, where the event asks for
 * it and the date takes place as they were last told. Whoever signed up within that day
 * needs no reminder; a moved date earns a new one.
 */
@Component
class Reminders {

    static final Duration BEFORE = Duration.ofDays(1);

    private final RegistrationStore store;

    private final NoticeRelay notices;

    Reminders(RegistrationStore store, NoticeRelay notices) {
        this.store = store;
        this.notices = notices;
    }

    /**
     * @param events the event of an id, null when it is gone
     * @return how many were reminded
     */
    int remindAt(Instant now, Function<String, CalendarEvent> events) {
        int reminded = 0;
        for (RegistrationStore.Told due : store.toRemind(now, now.plus(BEFORE))) {
            Registration r = due.registration();
            CalendarEvent event = events.apply(r.eventId());
            boolean wanted = event != null && event.registration() != null && event.registration().remindsDayBefore()
                    && due.plan().state() == CalendarFiles.State.CONFIRMED && r.verified() && r.email() != null
                    && r.created().isBefore(due.plan().start().minus(BEFORE));
            // marked either way, so the question is not asked again each round
            Notice notice = wanted ? new Notice(UUID.randomUUID().toString(), Notice.Kind.REMINDER, null, 0, now, null)
                    : null;
            if (store.remind(r.id(), notice) && notice != null) {
                notices.wake(r.id());
                reminded++;
            }
        }
        return reminded;
    }

}
