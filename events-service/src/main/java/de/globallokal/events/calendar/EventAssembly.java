package de.globallokal.events.calendar;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.OccurrenceChange;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Builds an event's public state from an editor's input, working out its dates. */
final class EventAssembly {

    private EventAssembly() {
    }

    /**
     * The event's state; its dates lie in its own zone or, when it names none, in the
     * office's.
     */
    static CalendarEvent state(String id, EventInput input, ZoneId officeZone, Instant created, Instant modified) {
        ZoneId zone = input.zone() == null ? officeZone : ZoneId.of(input.zone());
        LocalDateTime start = input.isAllDay() ? input.start().toLocalDate().atStartOfDay() : input.start();
        // an all-day event ends at the midnight after its last day (exclusive, as in
        // iCalendar)
        LocalDateTime end = input.isAllDay() ? input.end().toLocalDate().plusDays(1).atStartOfDay() : input.end();
        List<Occurrence> occurrences = Schedule.occurrences(id, start, end, zone, input.recurrence(), input.changes());
        return new CalendarEvent(id, input.title(), input.summary(), input.description(),
                start.atZone(zone).toOffsetDateTime(), end.atZone(zone).toOffsetDateTime(), zone.getId(),
                input.isAllDay(), input.recurrence(), input.changes(), occurrences, input.venue(), input.onlineUrl(),
                input.category(), input.audiences(), input.languages(), input.accessibility(), input.price(),
                input.organiserId(), input.partnershipIds(), input.projectIds(), input.sdgs(), input.image(),
                input.status(), input.publishAt(), input.statusNote(), input.registration(), List.of(), created,
                modified, 0, input.attachments(), input.productGroups());
    }

    /** The same series with other changes to single dates. */
    static CalendarEvent withChanges(CalendarEvent e, List<OccurrenceChange> changes, Instant modified) {
        ZoneId zone = ZoneId.of(e.zone());
        LocalDateTime start = e.start().atZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime end = e.end().atZoneSameInstant(zone).toLocalDateTime();
        List<Occurrence> occurrences = Schedule.occurrences(e.id(), start, end, zone, e.recurrence(), changes);
        return new CalendarEvent(e.id(), e.title(), e.summary(), e.description(), e.start(), e.end(), e.zone(),
                e.allDay(), e.recurrence(), changes, occurrences, e.venue(), e.onlineUrl(), e.category(), e.audiences(),
                e.languages(), e.accessibility(), e.price(), e.organiserId(), e.partnershipIds(), e.projectIds(),
                e.sdgs(), e.image(), e.status(), e.publishAt(), e.statusNote(), e.registration(), e.seats(),
                e.created(), modified, e.sequence(), e.attachments(), e.productGroups());
    }

}
