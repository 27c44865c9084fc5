package de.globallokal.webui.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.projection.EventReadModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The feeds read by strict parsers other than the libraries that write them: the
 * iCalendar feed by biweekly with its RFC 5545 validation and the RFC's line rules, the
 * Atom feed against the element rules of RFC 4287; every link carries the public base
 * URL.
 */
@IntegrationTest
class FeedConformanceTests {

    static final String BASE = "http://localhost:8080";

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventReadModel events;

    @Test
    void theICalendarFeedKeepsRfc5545() throws Exception {
        String marker = "Strikt" + UUID.randomUUID().toString().substring(0, 6);
        events.apply(FeedsTests
            .event(UUID.randomUUID().toString(),
                    marker + " Reihe mit einem sehr langen Titel, "
                            + "der über fünfundsiebzig Bytes hinausgeht, damit gefaltet werden muss",
                    "PUBLISHED", 3, 1)
            .envelope());
        events
            .apply(FeedsTests.event(UUID.randomUUID().toString(), marker + " Abgesagt", "CANCELLED", 1, 1).envelope());

        byte[] body = http.getForObject("/feeds/events.ics?suche=" + marker, byte[].class);
        String text = new String(body, StandardCharsets.UTF_8);

        // content lines end in CRLF and are folded at 75 octets (RFC 5545, 3.1)
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.split("\r\n")).allSatisfy(
                line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertThat(calendars).hasSize(1);
        ICalendar calendar = calendars.getFirst();
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
        assertThat(calendar.getProductId()).isNotNull();
        List<VEvent> vevents = calendar.getEvents();
        assertThat(vevents).hasSize(4);
        Set<String> uids = new HashSet<>();
        for (VEvent event : vevents) {
            assertThat(uids.add(event.getUid().getValue())).as("one UID a date").isTrue();
            assertThat(event.getDateTimeStamp()).isNotNull();
            assertThat(event.getDateStart()).isNotNull();
            assertThat(event.getUrl().getValue()).startsWith(BASE + "/veranstaltungen/");
        }
        assertThat(vevents).anySatisfy(event -> assertThat(event.getSummary().getValue()).contains("fünfundsiebzig"));
    }

    @Test
    void theAtomFeedKeepsRfc4287() throws Exception {
        String marker = "Atomstrikt" + UUID.randomUUID().toString().substring(0, 6);
        events.apply(
                FeedsTests.event(UUID.randomUUID().toString(), marker + " & <Zeichen>", "PUBLISHED", 1, 1).envelope());

        byte[] body = http.getForObject("/feeds/events.atom", byte[].class);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element feed = atom.getDocumentElement();
        List<String> problems = new ArrayList<>();

        check(problems, feed.getLocalName().equals("feed") && ATOM.equals(feed.getNamespaceURI()), "root atom:feed");
        oneOf(problems, feed, "id", "title", "updated");
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        links(problems, feed);
        check(problems, children(feed, "link").stream().anyMatch(l -> "self".equals(l.getAttribute("rel"))),
                "the feed links to itself");
        for (Element entry : entries) {
            oneOf(problems, entry, "id", "title", "updated");
            check(problems, feedAuthor || !children(entry, "author").isEmpty(), "an author for every entry");
            check(problems,
                    !children(entry, "content").isEmpty() || children(entry, "link").stream()
                        .anyMatch(l -> l.getAttribute("rel").isEmpty() || "alternate".equals(l.getAttribute("rel"))),
                    "content or an alternate link in every entry");
            links(problems, entry);
        }
        assertThat(problems).isEmpty();
        assertThat(entries).anySatisfy(entry -> assertThat(children(entry, "title").getFirst().getTextContent())
            .isEqualTo(marker + " & <Zeichen>"));
    }

    /** Exactly one of each, and dates as RFC 3339 date-times. */
    private static void oneOf(List<String> problems, Element parent, String... names) {
        for (String name : names) {
            List<Element> found = children(parent, name);
            check(problems, found.size() == 1, parent.getLocalName() + " has one atom:" + name);
            if (name.equals("updated") && found.size() == 1) {
                try {
                    OffsetDateTime.parse(found.getFirst().getTextContent().trim());
                }
                catch (RuntimeException e) {
                    problems.add("updated is no RFC 3339 date-time: " + found.getFirst().getTextContent());
                }
            }
        }
    }

    private static void links(List<String> problems, Element parent) {
        for (Element link : children(parent, "link")) {
            check(problems, link.getAttribute("href").startsWith(BASE + "/"),
                    "a link with the public base URL: " + link.getAttribute("href"));
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static void check(List<String> problems, boolean holds, String rule) {
        if (!holds) {
            problems.add(rule);
        }
    }

}
