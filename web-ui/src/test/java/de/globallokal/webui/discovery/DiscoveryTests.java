package de.globallokal.webui.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.feeds.FeedsTests;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.node.ObjectNode;

/**
 * A crawler's first two requests: no redirect to the sign-in, no session, robots.txt
 * keeping staff pages out and naming the sitemap, the sitemap listing the public pages
 * with their last change and nothing that is not public.
 */
@IntegrationTest
class DiscoveryTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    EventReadModel events;

    @Test
    void robotsKeepStaffPagesOutAndNameTheSitemap() {
        ResponseEntity<String> robots = http.getForEntity("/robots.txt", String.class);

        assertThat(robots.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(robots.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(robots.getHeaders().containsHeader(HttpHeaders.SET_COOKIE)).as("no session").isFalse();
        assertThat(robots.getBody().lines()).contains("User-agent: *", "Disallow: /staff", "Disallow: /login",
                "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void theSitemapListsPublicPagesWithTheirLastChangeAndNoDraft() throws Exception {
        String slug = "sitemap-" + UUID.randomUUID().toString().substring(0, 8);
        Instant modified = Instant.parse("2026-11-30T08:15:30.123Z");
        partnerships.apply(partnership(slug, modified));
        String published = UUID.randomUUID().toString();
        String draft = UUID.randomUUID().toString();
        events.apply(FeedsTests.event(published, "Sitemap öffentlich", "PUBLISHED", 1, 1).envelope());
        events.apply(FeedsTests.event(draft, "Sitemap Entwurf", "DRAFT", 1, 1).envelope());

        ResponseEntity<String> response = http.getForEntity("/sitemap.xml", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().containsHeader(HttpHeaders.SET_COOKIE)).as("no session").isFalse();
        Map<String, String> urls = urls(response.getBody());
        assertThat(urls).containsKeys("http://localhost:8080/", "http://localhost:8080/veranstaltungen",
                "http://localhost:8080/faire-beschaffung", "http://localhost:8080/strukturen",
                "http://localhost:8080/nachhaltigkeitsziele/17", "http://localhost:8080/veranstaltungen/" + published);
        assertThat(urls).doesNotContainKey("http://localhost:8080/veranstaltungen/" + draft);
        assertThat(urls.keySet()).noneMatch(url -> url.contains("/staff") || url.contains("/login"));
        assertThat(urls.get("http://localhost:8080/partnerschaften/" + slug)).isEqualTo("2026-11-30T08:15:30Z");
        // a list changes with the newest of its entries
        assertThat(OffsetDateTime.parse(urls.get("http://localhost:8080/partnerschaften")).toInstant())
            .isAfterOrEqualTo(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /**
     * Each {@code loc} with its {@code lastmod} (empty when none), checked against the
     * protocol's shape.
     */
    private static Map<String, String> urls(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = sitemap.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(DiscoveryController.SITEMAP_NS);
        NodeList entries = root.getElementsByTagNameNS(DiscoveryController.SITEMAP_NS, "url");
        assertThat(entries.getLength()).isBetween(1, 50_000);
        Map<String, String> urls = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element url = (Element) entries.item(i);
            String loc = url.getElementsByTagNameNS(DiscoveryController.SITEMAP_NS, "loc").item(0).getTextContent();
            NodeList lastmod = url.getElementsByTagNameNS(DiscoveryController.SITEMAP_NS, "lastmod");
            if (!loc.startsWith("http://localhost:8080/") || loc.length() > 2048) {
                problems.add(loc);
            }
            String when = lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent();
            if (!when.isEmpty()) {
                // W3C datetime with seconds and an offset parses as an ISO offset
                // date-time
                OffsetDateTime.parse(when);
            }
            if (urls.put(loc, when) != null) {
                problems.add("twice: " + loc);
            }
        }
        assertThat(problems).isEmpty();
        return urls;
    }

    private static EventEnvelope partnership(String slug, Instant modified) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id)
            .put("slug", slug)
            .put("kind", "TOWN_TWINNING")
            .put("status", "ACTIVE")
            .put("modified", modified.toString());
        data.putObject("partner").put("name", "Sitemapstadt").put("country", "FR");
        return EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP,
                id, 1, "editor", List.of("partner"), data, modified);
    }

}
