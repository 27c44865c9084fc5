package de.globallokal.webui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import de.globallokal.testkit.Browser;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public site in a real browser (Debian chromium): browse the calendar, filter it
 * through the address, open an event, switch the language, see a refused sign-up keep its
 * entries, and an axe-core scan of every public page that fails on serious or critical
 * violations. Screenshots land in {@code target/screenshots}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "globallokal.services.events-url=http://127.0.0.1:9")
class PublicPagesBrowserTests {

    private static final List<String> PUBLIC_PAGES = List.of("", "veranstaltungen", "partnerschaften", "projekte",
            "nachhaltigkeitsziele", "nachhaltigkeitsziele/13", "akteure", "kontakt", "faire-beschaffung", "strukturen",
            "anmeldung/unbekannt", "impressum", "datenschutz", "barrierefreiheit", "veranstaltungen?ansicht=monat");

    @LocalServerPort
    int port;

    private static final String PARTNER = "browserstadt-" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    EventReadModel events;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ProjectReadModel projects;

    private static final String PROJECT = "browserprojekt-" + UUID.randomUUID().toString().substring(0, 6);

    ChromeDriver browser;

    EventEnvelope talk;

    @BeforeAll
    void openBrowser() throws Exception {
        talk = CalendarEnvelopes.event("Browserabend " + UUID.randomUUID().toString().substring(0, 6), "TALK",
                "PUBLISHED", 3, null, 2);
        events.apply(talk);
        ObjectNode partner = (ObjectNode) Json.strict().readTree("""
                {"id":"%s","slug":"%s","kind":"TOWN_TWINNING","status":"ACTIVE","since":1950,
                 "partner":{"name":"Browserstadt","country":"FR","location":{"lat":47.5,"lon":6.8}},
                 "description":{"de":"Nur auf Deutsch"},"sdgs":[11,17],
                 "milestones":[{"year":1950,"title":{"de":"Vertrag"}}]}""".formatted(PARTNER, PARTNER));
        partnerships.apply(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, PARTNER, 1, "editor", List.of(), partner, Instant.now()));
        // a project with an action programme: its charts and tables are scanned too
        ObjectNode project = (ObjectNode) Samples.envelope("project-upserted.v1").get("data").deepCopy();
        project.put("id", PROJECT).put("slug", PROJECT);
        projects.apply(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT,
                PROJECT, 1, "editor", List.of(), project, Instant.now()));
        browser = Browser.open("de");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorFindsAnEventFiltersTheCalendarAndReadsItInEnglish() throws Exception {
        String title = talk.data().at("/title/de").asString();
        open("veranstaltungen?suche=" + title.substring(title.length() - 6));
        WebElement link = await().atMost(Duration.ofSeconds(20))
            .until(() -> browser.findElements(By.linkText(title)).stream().findFirst().orElse(null),
                    found -> found != null);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 Termine");
        Browser.screenshot(browser, "calendar-filtered");

        link.click();
        await().atMost(Duration.ofSeconds(20))
            .until(() -> browser.getCurrentUrl().contains("/veranstaltungen/" + talk.subject()));
        await().atMost(Duration.ofSeconds(20))
            .until(() -> browser.findElement(By.tagName("h1")).getText().equals(title));
        assertThat(browser.getTitle()).isEqualTo(title + " – GlobalLokal");
        await().atMost(Duration.ofSeconds(10))
            .until(() -> browser
                .executeScript("const m = document.querySelector('meta[name=description]'); return m ? m.content : ''"),
                    "Kurz gesagt"::equals);
        Browser.screenshot(browser, "event-de");

        browser.findElement(By.cssSelector("#outlet .gl-languages a[lang='en']")).click();
        // the switch reloads the page: elements may vanish under our feet until it is
        // back
        await().atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText().contains("Registration"));
        assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.getCurrentUrl()).as("the same page at its English address")
            .endsWith("/en/veranstaltungen/" + talk.subject());
        Browser.screenshot(browser, "event-en");
    }

    @Test
    void aVisitorOpensAPartnerCityFromTheList() throws Exception {
        open("partnerschaften");
        WebElement partner = await().atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.linkText("Browserstadt")), found -> found != null);
        assertThat(browser.findElements(By.cssSelector("svg.gl-map circle.gl-map-partner"))).isNotEmpty();

        partner.click();

        await().atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(() -> browser.getCurrentUrl().endsWith("/partnerschaften/" + PARTNER)
                    && browser.findElement(By.tagName("h1")).getText().equals("Browserstadt"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1950");
        Browser.screenshot(browser, "partner-profile");
    }

    @Test
    void everyPublicPageIsFreeOfSeriousAccessibilityViolations() throws Exception {
        List<String> found = new ArrayList<>();
        for (String page : publicPages()) {
            open(page);
            found.addAll(AxeScan.seriousViolations(browser, page));
            Browser.screenshot(browser, "page-" + (page.isEmpty() ? "home" : page.replaceAll("[/?=]", "-")));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyPublicPageFitsANarrowPhone() throws Exception {
        // the narrowest phones in use are 320 CSS pixels wide; a window cannot be made
        // that small, the device metrics can
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        List<String> tooWide = new ArrayList<>();
        try {
            for (String page : publicPages()) {
                open(page);
                // nothing visible may stick out to the right (the skip link waits
                // off-screen to the left on purpose); a wide table may scroll in its own
                // box, as WCAG 1.4.10 allows for two-dimensional content
                String sticksOut = await("nothing wider than the phone on " + page).atMost(Duration.ofSeconds(10))
                    .until(() -> (String) browser.executeScript(
                            "const inScrollBox = (e) => { for (let p = e.parentElement; p && p !== document.body;"
                                    + " p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; }"
                                    + " return false; };"
                                    + " const out = []; const walk = (root) => { for (const e of root.querySelectorAll('*')) {"
                                    + " const r = e.getBoundingClientRect(); if (r.width > 0 && r.right > "
                                    + "document.documentElement.clientWidth + 1 && !inScrollBox(e))"
                                    + " out.push(e.tagName + '.' + e.className);"
                                    + " if (e.shadowRoot) walk(e.shadowRoot); } }; walk(document);"
                                    + " if (document.documentElement.scrollWidth > document.documentElement.clientWidth)"
                                    + " out.push('the page scrolls sideways'); return out.join(', ');"),
                            found -> found != null);
                if (!sticksOut.isEmpty()) {
                    tooWide.add(page + ": " + sticksOut);
                }
            }
            open("veranstaltungen");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Veranstaltungen");
            Browser.screenshot(browser, "calendar-phone");
        }
        finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(tooWide).isEmpty();
    }

    private List<String> publicPages() {
        List<String> pages = new ArrayList<>(PUBLIC_PAGES);
        pages.add("veranstaltungen/" + talk.subject());
        pages.add("partnerschaften/" + PARTNER);
        pages.add("projekte/" + PROJECT);
        pages.add("en/veranstaltungen");
        pages.add("fr/nachhaltigkeitsziele");
        return pages;
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
        // the first response carries the page; wait until Vaadin has taken it over
        await().atMost(Duration.ofSeconds(30))
            .until(() -> !browser.findElements(By.cssSelector("#outlet h1")).isEmpty()
                    && browser.findElements(By.id("gl-first")).isEmpty());
    }

}
