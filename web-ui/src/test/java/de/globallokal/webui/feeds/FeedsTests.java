package de.globallokal.webui.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.projection.EventReadModel;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.ObjectNode;

/** The feeds, read back with the libraries that wrote them. */
@IntegrationTest
public class FeedsTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventReadModel events;

    @Test
    void theIcsFeedHasAStableUidPerDateTheSequenceAndCancellations() throws Exception {
        String marker = "Feed" + UUID.randomUUID().toString().substring(0, 6);
        String series = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        events.apply(event(series, marker + " Reihe", "PUBLISHED", 3, 1).envelope());
        events.apply(event(cancelled, marker + " Abgesagt", "CANCELLED", 1, 1).envelope());
        events.apply(event(series, marker + " Reihe", "PUBLISHED", 3, 2).withSequenceForTest(4).envelope());

        ResponseEntity<String> response = http.getForEntity("/feeds/events.ics?suche=" + marker, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getBody()));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(4);
        assertThat(vevents.stream().map(v -> prop(v, "UID"))).contains(series + "-" + day(0) + "@globallokal",
                series + "-" + day(7) + "@globallokal", cancelled + "@globallokal");
        VEvent gone = vevents.stream().filter(v -> prop(v, "UID").startsWith(cancelled)).findFirst().orElseThrow();
        assertThat(prop(gone, "STATUS")).isEqualTo("CANCELLED");
        VEvent first = vevents.stream()
            .filter(v -> prop(v, "UID").equals(series + "-" + day(0) + "@globallokal"))
            .findFirst()
            .orElseThrow();
        assertThat(Integer.parseInt(prop(first, "SEQUENCE"))).isEqualTo(4);
        assertThat(prop(first, "SUMMARY")).isEqualTo(marker + " Reihe");

        ResponseEntity<String> one = http.getForEntity("/feeds/events/" + cancelled + ".ics", String.class);
        assertThat(new CalendarBuilder().build(new StringReader(one.getBody())).getComponents("VEVENT")).hasSize(1);
        assertThat(http.getForEntity("/feeds/events/nope.ics", String.class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAtomFeedListsChangedPublicEventsNewestFirst() throws Exception {
        String marker = "Atom" + UUID.randomUUID().toString().substring(0, 6);
        events.apply(event(UUID.randomUUID().toString(), marker + " Alt", "PUBLISHED", 1, 1).envelope());
        events.apply(event(UUID.randomUUID().toString(), marker + " Entwurf", "DRAFT", 1, 1).envelope());
        events.apply(event(UUID.randomUUID().toString(), marker + " Neu", "PUBLISHED", 1, 1).envelope());

        String body = http.getForObject("/feeds/events.atom", String.class);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(body));

        List<String> titles = feed.getEntries()
            .stream()
            .map(e -> e.getTitle())
            .filter(t -> t.contains(marker))
            .toList();
        assertThat(titles).containsExactly(marker + " Neu", marker + " Alt");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElseThrow();
    }

    private static String day(int plus) {
        return START.toLocalDate().plusDays(plus).toString().replace("-", "");
    }

    static final OffsetDateTime START = LocalDate.now()
        .plusDays(10)
        .atTime(18, 0)
        .atZone(ZoneId.of("Europe/Berlin"))
        .toOffsetDateTime();

    /** An event of {@code dates} weekly dates. */
    public static TestEvent event(String id, String title, String status, int dates, long version) throws Exception {
        ObjectNode data = (ObjectNode) Json.strict()
            .readTree(
                    """
                            {"title":{"de":"%s"},"summary":{"de":"Zusammenfassung"},"start":"%s","end":"%s","zone":"Europe/Berlin",
                             "allDay":false,"category":"TALK","status":"%s","statusNote":{"de":"Hinweis"},
                             "venue":{"name":"Rathaus","address":{"street":"Marktplatz 1","postalCode":"12345","city":"Musterstadt"}}}"""
                        .formatted(title, START, START.plusHours(2), status));
        data.put("id", id).put("modified", Instant.now().plusMillis(version).toString());
        var occurrences = data.putArray("occurrences");
        for (int i = 0; i < dates; i++) {
            String occurrence = dates == 1 ? id : id + "-" + day(7 * i);
            occurrences.addObject()
                .put("id", occurrence)
                .put("start", START.plusDays(7L * i).toString())
                .put("end", START.plusDays(7L * i).plusHours(2).toString())
                .put("cancelled", false);
        }
        return new TestEvent(id, version, data);
    }

    /** Lets a test give the envelope a sequence number without repeating the body. */
    public record TestEvent(String id, long version, ObjectNode data) {
        TestEvent withSequenceForTest(int sequence) {
            data.put("sequence", sequence);
            return this;
        }

        public EventEnvelope envelope() {
            return EventEnvelope.create("events-service", EventTypes.EVENT_UPSERTED, AggregateTypes.EVENT, id, version,
                    "editor", List.of(), data, Instant.now());
        }
    }

}
