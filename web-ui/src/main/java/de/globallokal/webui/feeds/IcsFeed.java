package de.globallokal.webui.feeds;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.support.calendar.CalendarFiles;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarDates.Dated;
import de.globallokal.webui.projection.CalendarEntries;
import de.globallokal.webui.projection.CalendarEntry;
import de.globallokal.webui.projection.CalendarFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * filters (same parameters), and one file per event, written by {@link CalendarFiles} as
 * the messages to registrants are; cancelled dates say STATUS:CANCELLED.
 */
@RestController
class IcsFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

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
    ResponseEntity<byte[]> feed(HttpServletRequest request) {
        Map<String, List<String>> parameters = request.getParameterMap()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        List<Dated> matching = dates.matching(CalendarFilter.of(new QueryParameters(parameters)), clock.instant());
        return ics(matching.stream().map(d -> entry(d.event(), d.occurrence())).toList(), "veranstaltungen.ics");
    }

    @GetMapping("/feeds/events/{id}.ics")
    ResponseEntity<byte[]> one(@PathVariable String id) {
        CalendarEntry entry = entries.find(id).filter(e -> e.event().status().isPublic()).orElse(null);
        if (entry == null) {
            return ResponseEntity.notFound().build();
        }
        CalendarEvent event = entry.event();
        return ics(event.occurrences().stream().map(o -> entry(event, o)).toList(), "veranstaltung.ics");
    }

    private ResponseEntity<byte[]> ics(List<CalendarFiles.Entry> entries, String filename) {
        return ResponseEntity.ok()
            .contentType(CALENDAR)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
            .body(CalendarFiles.write(entries, CalendarFiles.Method.PUBLISH, null));
    }

    private CalendarFiles.Entry entry(CalendarEvent event, Occurrence occurrence) {
        return CalendarFiles.entry(event, occurrence, Locale.GERMAN, publicBaseUrl);
    }

}
