package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.project.Money;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The full public state of a calendar event as carried in {@code event.upserted.v1}:
 * everything but the registrants. Their counts travel on their own as {@link EventSeats}
 * ({@code seats.upserted.v1}); {@code seats} is kept empty by the producer since then and
 * filled only by a consumer that joins the two.
 *
 * @param start first start, with the offset valid in {@code zone} on that day
 * @param end end of the first occurrence; for all-day events the exclusive next midnight
 * @param zone IANA time zone the local times were given in, e.g. Europe/Berlin
 * @param occurrences the concrete dates (one for a single event), cancelled ones included
 * @param price null when free
 * @param publishAt when a {@code SCHEDULED} event goes public
 * @param statusNote the notice shown with a postponed or cancelled event
 * @param registration null when no sign-up is needed
 * @param sequence rises with every change a calendar app must learn of (dates, place,
 * title, status), not with seat counts: iCalendar's SEQUENCE
 * @param productGroups the keys of the fair-procurement product groups it is about
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarEvent(String id, LocalizedText title, LocalizedText summary, LocalizedText description,
        OffsetDateTime start, OffsetDateTime end, String zone, boolean allDay, Recurrence recurrence,
        List<OccurrenceChange> occurrenceChanges, List<Occurrence> occurrences, Venue venue, String onlineUrl,
        EventCategory category, List<Audience> audiences, List<String> languages, LocalizedText accessibility,
        Money price, String organiserId, List<String> partnershipIds, List<String> projectIds, List<Integer> sdgs,
        ImageReference image, EventStatus status, Instant publishAt, LocalizedText statusNote,
        RegistrationSettings registration, List<Seats> seats, Instant created, Instant modified, int sequence,
        List<Attachment> attachments, List<String> productGroups) {

    public CalendarEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        productGroups = productGroups == null ? List.of() : List.copyOf(productGroups);
        occurrenceChanges = occurrenceChanges == null ? List.of() : List.copyOf(occurrenceChanges);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        languages = languages == null ? List.of() : List.copyOf(languages);
        partnershipIds = partnershipIds == null ? List.of() : List.copyOf(partnershipIds);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /**
     * The same event with other seat counts (a registration changed). {@code modified}
     * stays: it tells when the event itself last changed, which seat counts do not.
     */
    public CalendarEvent withSeats(List<Seats> newSeats) {
        return new CalendarEvent(id, title, summary, description, start, end, zone, allDay, recurrence,
                occurrenceChanges, occurrences, venue, onlineUrl, category, audiences, languages, accessibility, price,
                organiserId, partnershipIds, projectIds, sdgs, image, status, publishAt, statusNote, registration,
                newSeats, created, modified, sequence, attachments, productGroups);
    }

    /** The same event in another workflow state. */
    public CalendarEvent withStatus(EventStatus newStatus, Instant time) {
        return new CalendarEvent(id, title, summary, description, start, end, zone, allDay, recurrence,
                occurrenceChanges, occurrences, venue, onlineUrl, category, audiences, languages, accessibility, price,
                organiserId, partnershipIds, projectIds, sdgs, image, newStatus, publishAt, statusNote, registration,
                seats, created, time, sequence, attachments, productGroups);
    }

    /** The same event with another iCalendar sequence number. */
    public CalendarEvent withSequence(int newSequence) {
        return new CalendarEvent(id, title, summary, description, start, end, zone, allDay, recurrence,
                occurrenceChanges, occurrences, venue, onlineUrl, category, audiences, languages, accessibility, price,
                organiserId, partnershipIds, projectIds, sdgs, image, status, publishAt, statusNote, registration,
                seats, created, modified, newSequence, attachments, productGroups);
    }

    /**
     * True when a calendar that holds this event must update it: its title, dates, place
     * or status differ (seat counts and texts beyond the title do not count).
     */
    public boolean differsInCalendarFrom(CalendarEvent other) {
        return !Objects.equals(title, other.title) || !Objects.equals(occurrences, other.occurrences)
                || !Objects.equals(start, other.start) || !Objects.equals(end, other.end) || allDay != other.allDay
                || !Objects.equals(venue, other.venue) || !Objects.equals(onlineUrl, other.onlineUrl)
                || status != other.status;
    }

    /** The seat counts of one occurrence, if the event takes registrations. */
    public Optional<Seats> seatsOf(String occurrenceId) {
        return seats.stream().filter(s -> s.occurrenceId().equals(occurrenceId)).findFirst();
    }
}
