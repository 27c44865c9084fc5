package de.globallokal.webui.feeds;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarDates.Dated;
import de.globallokal.webui.projection.CalendarEntries;
import de.globallokal.webui.projection.CalendarEntry;
import de.globallokal.webui.projection.CalendarFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calendar as iCalendar: {@code /feeds/events.ics} with the calendar page's
 * filters (same parameters), and one file per event. Each date of a series is a VEVENT of
 * its own whose UID is its occurrence id, so it never changes; SEQUENCE is the event's,
 * which rises only when dates, place, title or status change; cancelled ones say
 * STATUS:CANCELLED. Times are written in UTC, which every calendar app reads without
 * time-zone tables.
 */
@RestController
class IcsFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private static final String UID_DOMAIN = "@globallokal";

    private final CalendarDates dates;

    private final CalendarEntries entries;

    private final String publicBaseUrl;

    private final Clock clock;

    IcsFeed(CalendarDates dates, CalendarEntries entries, @Value("${globallokal.public-base-url}") String publicBaseUrl,
            Clock clock) {
        this.clock = clock;
        this.dates = dates;
        this.entries = entries;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/feeds/events.ics")
    ResponseEntity<byte[]> feed(HttpServletRequest request) throws IOException {
        Map<String, List<String>> parameters = request.getParameterMap()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        List<Dated> matching = dates.matching(CalendarFilter.of(new QueryParameters(parameters)), clock.instant());
        return ics(matching.stream().map(d -> vevent(d.event(), d.occurrence())).toList(), "veranstaltungen.ics");
    }

    @GetMapping("/feeds/events/{id}.ics")
    ResponseEntity<byte[]> one(@PathVariable String id) throws IOException {
        CalendarEntry entry = entries.find(id).filter(e -> e.event().status().isPublic()).orElse(null);
        if (entry == null) {
            return ResponseEntity.notFound().build();
        }
        CalendarEvent event = entry.event();
        return ics(event.occurrences().stream().map(o -> vevent(event, o)).toList(), "veranstaltung.ics");
    }

    private ResponseEntity<byte[]> ics(List<VEvent> events, String filename) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//GlobalLokal//Veranstaltungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        events.forEach(calendar::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarOutputter(false).output(calendar, out);
        return ResponseEntity.ok()
            .contentType(CALENDAR)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
            .body(out.toByteArray());
    }

    private VEvent vevent(CalendarEvent event, Occurrence occurrence) {
        VEvent vevent = event.allDay()
                ? new VEvent(occurrence.start().toLocalDate(), occurrence.end().toLocalDate(), title(event))
                : new VEvent(occurrence.start().toInstant(), occurrence.end().toInstant(), title(event));
        vevent.add(new Uid(occurrence.id() + UID_DOMAIN));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStamp(event.modified() == null ? Instant.EPOCH : event.modified()));
        if (event.modified() != null) {
            vevent.add(new LastModified(event.modified()));
        }
        boolean cancelled = event.status() == EventStatus.CANCELLED || occurrence.cancelled();
        vevent.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(
                event.status() == EventStatus.POSTPONED ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
        if (event.venue() != null) {
            String address = event.venue().address() == null ? "" : ", " + event.venue().address().street() + ", "
                    + event.venue().address().postalCode() + " " + event.venue().address().city();
            vevent.add(new Location(event.venue().name() + address));
        }
        else if (event.onlineUrl() != null) {
            vevent.add(new Location(event.onlineUrl()));
        }
        StringBuilder description = new StringBuilder();
        if (event.statusNote() != null && event.status() != EventStatus.PUBLISHED) {
            description.append(event.statusNote().de()).append("\n\n");
        }
        if (event.summary() != null) {
            description.append(event.summary().de());
        }
        if (!description.isEmpty()) {
            vevent.add(new Description(description.toString().trim()));
        }
        vevent.add(new Url(URI.create(publicBaseUrl + "/veranstaltungen/" + occurrence.id())));
        return vevent;
    }

    private static String title(CalendarEvent event) {
        return event.title().in(Locale.GERMAN);
    }

}
