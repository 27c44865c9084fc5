package de.globallokal.events.calendar;

import de.globallokal.core.calendar.EventStatus;
import de.globallokal.support.web.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The rules of a valid event that span fields, which bean validation cannot say on one field. */
final class EventRules {

    private EventRules() {
    }

    static List<FieldError> check(EventInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.start() != null && input.end() != null) {
            boolean endsBefore = input.isAllDay() ? input.end().toLocalDate().isBefore(input.start().toLocalDate())
                    : !input.end().isAfter(input.start());
            if (endsBefore) {
                errors.add(new FieldError("end", "must be after start"));
            }
        }
        if (input.zone() != null) {
            try {
                ZoneId.of(input.zone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("zone", "is no time zone of the IANA database (Region/City)"));
            }
        }
        if (input.status() == EventStatus.SCHEDULED && input.publishAt() == null) {
            errors.add(new FieldError("publishAt", "is needed for a scheduled event: when shall it go public?"));
        }
        if ((input.status() == EventStatus.POSTPONED || input.status() == EventStatus.CANCELLED)
                && (input.statusNote() == null || input.statusNote().isEmpty())) {
            errors.add(new FieldError("statusNote", "must tell the public why the event is "
                    + input.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (input.registration() != null && input.registration().closes() != null && input.start() != null
                && input.recurrence() == null && input.registration().closes().isAfter(input.start())) {
            errors.add(new FieldError("registration.closes", "must not be after the start"));
        }
        if (input.recurrence() == null && !input.changes().isEmpty()) {
            errors.add(new FieldError("occurrenceChanges", "only a series has occurrences to change"));
        }
        for (int i = 0; i < input.changes().size(); i++) {
            var change = input.changes().get(i);
            if (change.start() != null && change.end() != null && !change.end().isAfter(change.start())) {
                errors.add(new FieldError("occurrenceChanges[" + i + "].end", "must be after start"));
            }
        }
        return errors;
    }
}
