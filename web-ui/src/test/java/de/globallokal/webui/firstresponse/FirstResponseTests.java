package de.globallokal.webui.firstresponse;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every public page as a crawler or a client without JavaScript reads it: fetched with a
 * plain HTTP client in German, English and French, each carries its heading, title,
 * description, canonical address, language alternates, link-preview tags and schema.org
 * data that parses and names what its types need, without a session; the sitemap lists
 * every one of those addresses.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstResponseTests {

    static final String BASE = "http://localhost:8080";

    static final String CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";

    /** What each schema.org type used must name (a dotted path goes into an object). */
    static final Map<String, List<String>> REQUIRED = Map.of("WebPage", List.of("name", "url", "inLanguage"), "Event",
            List.of("name", "url", "startDate", "endDate", "eventStatus", "location.name", "location.address",
                    "organizer.name", "offers.availability", "offers.price"),
            "Place", List.of("name", "url", "address.addressCountry"), "GovernmentOrganization", List.of("name", "url"),
            "Organization", List.of("name"), "ItemList", List.of("itemListElement", "numberOfItems"), "Project",
            List.of("name", "url"));

    static final String PARTNER = "erstestadt-" + UUID.randomUUID().toString().substring(0, 6);

    static final String ACTOR = "erstegruppe-" + UUID.randomUUID().toString().substring(0, 6);

    static final String PROJECT = "erstesprojekt-" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventReadModel events;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ProjectReadModel projects;

    @Autowired
    ActorReadModel actors;

    EventEnvelope talk;

    @BeforeAll
    void someContent() throws Exception {
        talk = CalendarEnvelopes.event("Erste Antwort " + UUID.randomUUID().toString().substring(0, 6), "TALK",
                "PUBLISHED", 3, null, 2);
        events.apply(talk);
        // the samples every contract carries, under this test's own addresses
        ObjectNode partner = (ObjectNode) Samples.envelope("partnership-upserted.v1").get("data").deepCopy();
        partner.put("id", PARTNER).put("slug", PARTNER).withObject("/partner").put("name", "Erststadt");
        ObjectNode project = (ObjectNode) Samples.envelope("project-upserted.v1").get("data").deepCopy();
        project.put("id", PROJECT).put("slug", PROJECT);
        partnerships.apply(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, PARTNER, 1, "editor", List.of(), partner, Instant.now()));
        projects.apply(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT,
                PROJECT, 1, "editor", List.of(), project, Instant.now()));
        ObjectNode actor = (ObjectNode) Samples.envelope("actor-upserted.v1").get("data").deepCopy();
        actor.put("id", ACTOR).put("slug", ACTOR).put("name", "Erste Gruppe " + ACTOR);
        actors.apply(EventEnvelope.create("partnerships-service", EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR,
                ACTOR, 1, "editor", List.of(), actor, Instant.now()));
    }

    List<String> pages() {
        return List.of("", "veranstaltungen", "veranstaltungen/" + talk.subject(), "partnerschaften",
                "partnerschaften/" + PARTNER, "projekte", "projekte/" + PROJECT, "nachhaltigkeitsziele",
                "nachhaltigkeitsziele/13", "akteure", "akteure/" + ACTOR, "faire-beschaffung", "strukturen", "kontakt",
                "impressum", "datenschutz", "barrierefreiheit");
    }

    @Test
    void everyPublicPageInEveryLanguageCarriesItsContentAndDescribesItself() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("de", "en", "fr")) {
            for (String path : pages()) {
                String address = address(language, path);
                ResponseEntity<String> response = get(address, CRAWLER);
                assertThat(response.getStatusCode()).as(address).isEqualTo(HttpStatus.OK);
                assertThat(response.getHeaders().containsHeader(HttpHeaders.SET_COOKIE)).as(address + ": no session")
                    .isFalse();
                Document page = Jsoup.parse(response.getBody(), BASE);
                check(page, address, language, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Document page, String address, String language, List<String> problems) {
        String where = address + ": ";
        if (!page.select("html").attr("lang").equals(language)) {
            problems.add(where + "html lang " + page.select("html").attr("lang"));
        }
        if (!page.title().endsWith(" – GlobalLokal") || page.title().length() < 16) {
            problems.add(where + "title '" + page.title() + "'");
        }
        if (page.select("meta[name=description]").attr("content").isBlank()) {
            problems.add(where + "no description");
        }
        if (!page.select("link[rel=canonical]").attr("href").equals(BASE + address)) {
            problems.add(where + "canonical " + page.select("link[rel=canonical]").attr("href"));
        }
        Set<String> alternates = new HashSet<>(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        if (!alternates.equals(Set.of("de", "en", "fr", "x-default"))) {
            problems.add(where + "hreflang " + alternates);
        }
        if (page.select("h1").size() != 1 || page.select("h1").text().isBlank()) {
            problems.add(where + "h1 " + page.select("h1").eachText());
        }
        if (page.select("main").text().length() < page.select("h1").text().length() + 20) {
            problems.add(where + "no content under the heading");
        }
        for (String property : List.of("og:title", "og:description", "og:url", "og:type")) {
            if (page.select("meta[property=" + property + "]").attr("content").isBlank()) {
                problems.add(where + "no " + property);
            }
        }
        if (!page.select("script[type=module]").isEmpty()) {
            problems.add(where + "a crawler was sent Vaadin");
        }
        List<String> types = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode data = Json.strict().readTree(script.data());
            if (!"https://schema.org".equals(data.path("@context").asString(""))) {
                problems.add(where + "JSON-LD without schema.org context");
            }
            String type = data.path("@type").asString("");
            types.add(type);
            if (!REQUIRED.containsKey(type)) {
                problems.add(where + "JSON-LD type not checked: " + type);
                continue;
            }
            for (String property : REQUIRED.get(type)) {
                JsonNode value = data.at("/" + property.replace('.', '/'));
                if (value.isMissingNode() || value.isNull() || value.asString("x").isBlank()) {
                    problems.add(where + type + " without " + property);
                }
            }
        }
        if (!types.contains("WebPage")) {
            problems.add(where + "no WebPage data");
        }
    }

    @Test
    void anEventPageIsAnEventWithItsPlaceOfferAndStatus() {
        String address = address("en", "veranstaltungen/" + talk.subject());
        Document page = Jsoup.parse(get(address, CRAWLER).getBody(), BASE);

        JsonNode event = page.select("script[type=application/ld+json]")
            .stream()
            .map(script -> Json.strict().readTree(script.data()))
            .filter(data -> data.path("@type").asString("").equals("Event"))
            .findFirst()
            .orElseThrow();
        assertThat(event.path("name").asString()).isEqualTo(talk.data().at("/title/de").asString());
        assertThat(event.at("/location/@type").asString()).isEqualTo("Place");
        assertThat(event.at("/location/name").asString()).startsWith("Rathaus");
        assertThat(event.at("/offers/availability").asString()).isEqualTo("https://schema.org/InStock");
        assertThat(event.path("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(page.select("main").text()).contains("Place: Rathaus", "Admission: Free admission");
        assertThat(page.select("main time[datetime]")).isNotEmpty();
        assertThat(page.select(".gl-languages a[hreflang=fr]").attr("href"))
            .isEqualTo(BASE + address("fr", "veranstaltungen/" + talk.subject()));
    }

    @Test
    void aBrowserGetsTheSamePageWithVaadinToTakeOverAndNoSessionYet() {
        ResponseEntity<String> response = get("/partnerschaften/" + PARTNER, BROWSER);

        assertThat(response.getHeaders().containsHeader(HttpHeaders.SET_COOKIE)).isFalse();
        Document page = Jsoup.parse(response.getBody(), BASE);
        assertThat(page.select("h1").text()).isEqualTo("Erststadt");
        assertThat(page.select("script[type=module]").attr("src")).matches("/VAADIN/build/indexhtml-.+\\.js");
        assertThat(page.select("#outlet")).hasSize(1);
    }

    @Test
    void theBrowsersLanguageIsOfferedNotImposed() {
        String partner = "/partnerschaften/" + PARTNER;
        Document german = Jsoup.parse(get(partner, BROWSER, "en-GB,en;q=0.9,de;q=0.5").getBody(), BASE);
        assertThat(german.select("html").attr("lang")).as("the address decides").isEqualTo("de");
        assertThat(german.select(".gl-language-hint a").attr("href")).isEqualTo(BASE + "/en" + partner);
        assertThat(german.select(".gl-language-hint").text()).isEqualTo("This page in English");

        Document english = Jsoup.parse(get("/en" + partner, BROWSER, "en-GB,en;q=0.9").getBody(), BASE);
        assertThat(english.select(".gl-language-hint")).as("already in it").isEmpty();
        Document unknown = Jsoup.parse(get(partner, BROWSER, "sw-KE, x-?;;").getBody(), BASE);
        assertThat(unknown.select(".gl-language-hint")).as("none of ours, or garbled").isEmpty();
        Document crawled = Jsoup.parse(get(partner, CRAWLER, "en").getBody(), BASE);
        assertThat(crawled.select(".gl-language-hint")).as("crawlers read each address as it is").isEmpty();
    }

    @Test
    void anUnknownThingIsNotFoundAndVaadinsOwnRequestsPass() {
        ResponseEntity<String> missing = get("/en/partnerschaften/" + UUID.randomUUID(), CRAWLER);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Jsoup.parse(missing.getBody()).select("h1").text()).isEqualTo("Page not found");

        ResponseEntity<String> vaadin = get("/?v-r=init&location=partnerschaften", BROWSER);
        assertThat(vaadin.getBody()).doesNotContain("<h1>");
    }

    @Test
    void theSitemapListsEveryPageInEveryLanguage() {
        String sitemap = http.getForObject("/sitemap.xml", String.class);
        Document xml = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser());
        Set<String> listed = new HashSet<>(xml.select("url > loc").eachText());
        for (String language : List.of("de", "en", "fr")) {
            for (String path : pages()) {
                if (!path.startsWith("veranstaltungen/")) {
                    assertThat(listed).contains(BASE + address(language, path));
                }
            }
        }
        Element home = xml.select("url")
            .stream()
            .filter(url -> url.selectFirst("loc").text().equals(BASE + "/en"))
            .findFirst()
            .orElseThrow();
        assertThat(home.select("*|link[hreflang]").eachAttr("hreflang")).contains("de", "en", "fr", "x-default");
    }

    static String address(String language, String path) {
        String prefix = language.equals("de") ? "" : "/" + language;
        return path.isEmpty() ? (prefix.isEmpty() ? "/" : prefix) : prefix + "/" + path;
    }

    private ResponseEntity<String> get(String address, String userAgent) {
        return get(address, userAgent, null);
    }

    private ResponseEntity<String> get(String address, String userAgent, String languages) {
        HttpHeaders headers = new HttpHeaders();
        if (languages != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, languages);
        }
        headers.set(HttpHeaders.USER_AGENT, userAgent);
        headers.set(HttpHeaders.ACCEPT, "text/html");
        return http.exchange(address, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

}
