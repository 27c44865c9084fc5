package de.globallokal.webui.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.EventReadModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** New and changed public events as an Atom feed (Rome), newest change first. */
@RestController
class AtomFeed {

    static final int ENTRIES = 50;

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final EventReadModel events;

    private final String publicBaseUrl;

    AtomFeed(EventReadModel events, @Value("${globallokal.public-base-url}") String publicBaseUrl) {
        this.events = events;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/feeds/events.atom")
    ResponseEntity<String> feed() throws FeedException {
        List<Entry<CalendarEvent>> changed = events.current()
            .stream()
            .filter(e -> e.state().status().isPublic())
            .sorted(Comparator.comparing((Entry<CalendarEvent> e) -> e.modified()).reversed())
            .limit(ENTRIES)
            .toList();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("GlobalLokal – Veranstaltungen");
        feed.setDescription("Neue und geänderte Veranstaltungen");
        SyndLink site = new SyndLinkImpl();
        site.setRel("alternate");
        site.setType("text/html");
        site.setHref(publicBaseUrl + "/veranstaltungen");
        // RFC 4287 asks a feed to name its own address, so a reader can subscribe to it
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(publicBaseUrl + "/feeds/events.atom");
        feed.setLinks(List.of(site, self));
        feed.setUri(publicBaseUrl + "/feeds/events.atom");
        feed.setLanguage("de");
        feed.setPublishedDate(Date.from(changed.isEmpty() ? Instant.EPOCH : changed.get(0).modified()));
        feed.setEntries(changed.stream().map(this::entry).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(Entry<CalendarEvent> stored) {
        CalendarEvent event = stored.state();
        SyndEntry entry = new SyndEntryImpl();
        // the id stays the event's; a change shows as a new update date, not as a new
        // entry
        entry.setUri("urn:globallokal:event:" + event.id());
        String notice = event.status() == EventStatus.PUBLISHED ? ""
                : (event.status() == EventStatus.CANCELLED ? "Abgesagt: " : "Verschoben: ");
        entry.setTitle(notice + event.title().in(Locale.GERMAN));
        entry.setLink(publicBaseUrl + "/veranstaltungen/" + event.id());
        entry.setUpdatedDate(Date.from(stored.modified()));
        entry.setPublishedDate(Date.from(event.created() == null ? stored.modified() : event.created()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(Locale.GERMAN)
            .withZone(ZoneId.of(event.zone()))
            .format(event.start());
        summary.setValue(when + (event.summary() == null ? "" : " – " + event.summary().de()));
        entry.setDescription(summary);
        return entry;
    }

}
