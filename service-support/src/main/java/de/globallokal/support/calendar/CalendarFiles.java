package de.globallokal.support.calendar;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.Venue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Each date of an event is a VEVENT of its own whose UID is its occurrence id, so it
 * never changes; SEQUENCE is the event's, which rises only when dates, place, title or
 * status change. Times are written in UTC, which every calendar app reads without
 * time-zone tables.
 */
public final class CalendarFiles {

    private static final String UID_DOMAIN = "@globallokal";

    private CalendarFiles() {
    }

    /** PUBLISH adds or updates the dates in a calendar, CANCEL removes them. */
    public enum Method {

        PUBLISH, CANCEL

    }

    /** Whether a date takes place as far as a calendar app can say. */
    public enum State {

        CONFIRMED, TENTATIVE, CANCELLED

    }

    /**
     * One date as a calendar app keeps it.
     *
     * @param location null when the event names no place
     * @param description null when there is nothing to say beyond the title
     * @param modified null when unknown
     */
    public record Entry(String occurrenceId, OffsetDateTime start, OffsetDateTime end, boolean allDay, String title,
            String location, State state, int sequence, Instant modified, String description, URI url) {

        /** The same date as one that no longer takes place. */
        public Entry cancelled() {
            return new Entry(occurrenceId, start, end, allDay, title, location, State.CANCELLED, sequence, modified,
                    description, url);
        }
    }

    /** The date {@code occurrence} of {@code event}, its texts in {@code locale}. */
    public static Entry entry(CalendarEvent event, Occurrence occurrence, Locale locale, String publicBaseUrl) {
        StringBuilder description = new StringBuilder();
        if (event.statusNote() != null && event.status() != EventStatus.PUBLISHED) {
            description.append(event.statusNote().in(locale)).append("\n\n");
        }
        if (occurrence.note() != null) {
            description.append(occurrence.note().in(locale)).append("\n\n");
        }
        if (event.summary() != null) {
            description.append(event.summary().in(locale));
        }
        return new Entry(occurrence.id(), occurrence.start(), occurrence.end(), event.allDay(),
                event.title().in(locale), location(event), state(event, occurrence), event.sequence(), event.modified(),
                description.isEmpty() ? null : description.toString().trim(),
                URI.create(publicBaseUrl.replaceAll("/+$", "") + "/veranstaltungen/" + occurrence.id()));
    }

    /** The place as one line, as a calendar app shows it; null without one. */
    public static String location(CalendarEvent event) {
        Venue venue = event.venue();
        if (venue != null) {
            return venue.name() + (venue.address() == null ? "" : ", " + venue.address().street() + ", "
                    + venue.address().postalCode() + " " + venue.address().city());
        }
        return event.onlineUrl();
    }

    /** CANCELLED for a cancelled event or date, TENTATIVE for a postponed event. */
    public static State state(CalendarEvent event, Occurrence occurrence) {
        if (event.status() == EventStatus.CANCELLED || occurrence.cancelled()) {
            return State.CANCELLED;
        }
        return event.status() == EventStatus.POSTPONED ? State.TENTATIVE : State.CONFIRMED;
    }

    /**
     * The file of {@code entries}.
     * @param organiser the address that sends it, for a method that needs one (CANCEL);
     * null for none
     */
    public static byte[] write(List<Entry> entries, Method method, String organiser) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//GlobalLokal//Veranstaltungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        entries.forEach(entry -> calendar.add(vevent(entry, organiser)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent vevent(Entry entry, String organiser) {
        VEvent vevent = entry.allDay()
                ? new VEvent(entry.start().toLocalDate(), entry.end().toLocalDate(), entry.title())
                : new VEvent(entry.start().toInstant(), entry.end().toInstant(), entry.title());
        vevent.add(new Uid(entry.occurrenceId() + UID_DOMAIN));
        vevent.add(new Sequence(entry.sequence()));
        // the constructor stamps the time of writing; RFC 5545 allows one DTSTAMP, and
        // the
        // time of the change keeps the file the same however often it is written
        vevent.replace(new DtStamp(entry.modified() == null ? Instant.EPOCH : entry.modified()));
        if (entry.modified() != null) {
            vevent.add(new LastModified(entry.modified()));
        }
        vevent.add(new Status(switch (entry.state()) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CONFIRMED -> Status.VALUE_CONFIRMED;
        }));
        if (entry.location() != null) {
            vevent.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            vevent.add(new Description(entry.description()));
        }
        if (organiser != null) {
            vevent.add(new Organizer(URI.create("mailto:" + organiser)));
        }
        vevent.add(new Url(entry.url()));
        return vevent;
    }

}
