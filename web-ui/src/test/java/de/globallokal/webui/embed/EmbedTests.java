package de.globallokal.webui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.feeds.FeedsTests;
import de.globallokal.webui.projection.EventReadModel;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The calendar in another site's iframe: plain HTML without a session, framable by any
 * site, the filter applied and kept in its iCal link, texts escaped, in the asked
 * language.
 */
@IntegrationTest
class EmbedTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventReadModel events;

    @Test
    void theNextDatesOfAFilterAreAPlainPageAnySiteMayFrame() throws Exception {
        String marker = "Einbetten" + UUID.randomUUID().toString().substring(0, 6);
        String series = UUID.randomUUID().toString();
        events.apply(FeedsTests.event(series, marker + " <b>Reihe</b>", "PUBLISHED", 3, 1).envelope());
        events.apply(FeedsTests.event(UUID.randomUUID().toString(), marker + " Entwurf", "DRAFT", 1, 1).envelope());

        ResponseEntity<String> page = http.getForEntity("/einbetten/veranstaltungen?suche=" + marker + "&anzahl=2",
                String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getHeaders().containsHeader(HttpHeaders.SET_COOKIE)).as("no session").isFalse();
        assertThat(page.getHeaders().containsHeader("X-Frame-Options")).isFalse();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors *")
            .contains("default-src 'none'");
        String html = page.getBody();
        assertThat(html).contains("<html lang=\"de\">", "<h1>Veranstaltungen</h1>")
            .contains(marker + " &lt;b&gt;Reihe&lt;/b&gt;")
            .doesNotContain("<b>Reihe</b>")
            .doesNotContain(marker + " Entwurf")
            .contains("href=\"http://localhost:8080/feeds/events.ics?suche=" + marker + "\"")
            .contains("target=\"_top\"");
        assertThat(html.split("<li>", -1)).as("two of the three dates").hasSize(3);
    }

    @Test
    void theLanguageIsAskedForAndAnEmptyFilterSaysSo() {
        String html = http.getForObject("/einbetten/veranstaltungen?sprache=fr&suche=" + UUID.randomUUID(),
                String.class);

        assertThat(html).contains("<html lang=\"fr\">", "Événements", "Aucune date n’est annoncée");
    }

    @Test
    void otherPagesMayNotBeFramed() {
        ResponseEntity<String> feed = http.getForEntity("/feeds/events.atom", String.class);

        assertThat(feed.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }

}
