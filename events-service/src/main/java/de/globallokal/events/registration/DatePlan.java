package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.support.calendar.CalendarFiles;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;

/**
 * What a registrant was last told of their date: when, where, and whether it takes place.
 * Stored with the registration, so whoever compares it with the event after a change (at
 * once, or the sweep after a crash) tells each person once.
 *
 * @param start null when the date no longer exists in its series
 * @param sequence the event's iCalendar sequence the plan was taken from
 */
record DatePlan(Instant start, Instant end, CalendarFiles.State state, String place, int sequence) {

    /** The plan of date {@code occurrenceId} as the event now has it. */
    static DatePlan of(CalendarEvent event, String occurrenceId) {
        Optional<Occurrence> occurrence = event.occurrences()
            .stream()
            .filter(o -> o.id().equals(occurrenceId))
            .findFirst();
        if (occurrence.isEmpty()) {
            // a date taken out of its series is as good as cancelled for who booked it
            return new DatePlan(null, null, CalendarFiles.State.CANCELLED, CalendarFiles.location(event),
                    event.sequence());
        }
        return new DatePlan(occurrence.get().start().toInstant(), occurrence.get().end().toInstant(),
                CalendarFiles.state(event, occurrence.get()), CalendarFiles.location(event), event.sequence());
    }

    /**
     * What a registrant who was told {@code told} must now hear, if anything; a new title
     * or text is no reason to write.
     */
    Optional<Notice.Kind> newsAfter(DatePlan told) {
        if (state != told.state) {
            return Optional.of(switch (state) {
                case CANCELLED -> Notice.Kind.DATE_CANCELLED;
                case TENTATIVE -> Notice.Kind.POSTPONED;
                case CONFIRMED -> Notice.Kind.RESUMED;
            });
        }
        if (state == CalendarFiles.State.CANCELLED) {
            return Optional.empty();
        }
        if (!Objects.equals(start, told.start) || !Objects.equals(end, told.end)) {
            return Optional.of(Notice.Kind.MOVED);
        }
        return Objects.equals(place, told.place) ? Optional.empty() : Optional.of(Notice.Kind.PLACE_CHANGED);
    }

    Document document() {
        Document d = new Document("state", state.name()).append("sequence", sequence);
        if (start != null) {
            d.append("start", Date.from(start)).append("end", Date.from(end));
        }
        if (place != null) {
            d.append("place", place);
        }
        return d;
    }

    /** null for a registration stored before plans were kept. */
    static DatePlan of(Document d) {
        if (d == null) {
            return null;
        }
        Date start = d.getDate("start");
        Date end = d.getDate("end");
        return new DatePlan(start == null ? null : start.toInstant(), end == null ? null : end.toInstant(),
                CalendarFiles.State.valueOf(d.getString("state")), d.getString("place"), d.getInteger("sequence", 0));
    }

}
