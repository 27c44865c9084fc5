package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.json.Json;
import de.globallokal.testkit.Browser;
import de.globallokal.testkit.TestTokens;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calendar end to end with the three services as processes: an event that names a
 * partnership reaches web-ui's open data with the partner's name, and citizens sign up
 * through web-ui until the waitlist answers — through its API and in a real browser.
 */
class CalendarEmbeddedSystemTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Pattern LINK = Pattern.compile("/anmeldung/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @TempDir
    Path kafkaData;

    @Test
    void anEventNamingAPartnershipIsPublicWithItsNameAndSignupsEndOnTheWaitlist() throws Exception {
        try (EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(kafkaData)) {
            int partnershipsPort = PipelineScenario.freePort();
            int eventsPort = PipelineScenario.freePort();
            int webUiPort = PipelineScenario.freePort();
            Map<String, String> common = new HashMap<>();
            common.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            common.putAll(PipelineScenario.TOKEN_KEYS);
            Map<String, String> partnershipsEnv = new HashMap<>(common);
            partnershipsEnv.put("MONGODB_URI", infrastructure.mongoUri("calendar-partnerships"));
            Map<String, String> eventsEnv = new HashMap<>(common);
            eventsEnv.put("MONGODB_URI", infrastructure.mongoUri("calendar-events"));
            eventsEnv.put("GLOBALLOKAL_MAIL_MAILBOX", "local");
            Map<String, String> webUiEnv = new HashMap<>(common);
            webUiEnv.put("MONGODB_URI", infrastructure.mongoUri("calendar-webui"));
            webUiEnv.put("SPRING_PROFILES_ACTIVE", "local");
            // one client plays every visitor here; the limits have tests of their own
            webUiEnv.put("GLOBALLOKAL_SIGNUP_PER_MINUTE", "30");
            webUiEnv.put("GLOBALLOKAL_SERVICES_EVENTS_URL", "http://127.0.0.1:" + eventsPort);
            webUiEnv.put("GLOBALLOKAL_SERVICES_PARTNERSHIPS_URL", "http://127.0.0.1:" + partnershipsPort);

            try (ServiceProcess partnerships = new ServiceProcess("partnerships-service", partnershipsPort,
                    partnershipsEnv);
                    ServiceProcess events = new ServiceProcess("events-service", eventsPort, eventsEnv);
                    ServiceProcess webUi = new ServiceProcess("web-ui", webUiPort, webUiEnv)) {
                partnerships.start();
                events.start();
                webUi.start();
                partnerships.awaitHealthy();
                events.awaitHealthy();
                webUi.awaitHealthy();
                // one token for both services (web-ui's own, for one each, are
                // PipelineScenario's)
                String token = TestTokens.editor();

                String partnership = post(partnerships.url("/api/partnerships"), token, """
                        {"partner":{"name":"Kongoussi","country":"BF"},"kind":"CLIMATE_PARTNERSHIP",
                         "status":"ACTIVE","description":{"de":"Systemtest"},"sdgs":[13]}""").get("id").asString();
                LocalDateTime start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
                String event = """
                        {"title":{"de":"Berichtsabend"},"start":"%s","end":"%s","category":"TALK","status":"PUBLISHED",
                         "partnershipIds":["%s"],"registration":{"capacity":1}}""".formatted(start, start.plusHours(2),
                        partnership);
                // events-service learns of the partnership through Kafka; until then the
                // reference is unknown (422)
                String id = await("partnership replicated").atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> postRaw(events.url("/api/events"), token, event), r -> r.statusCode() == 201)
                    .body();
                String eventId = Json.tolerant().readTree(id).get("id").asString();

                JsonNode visible = await("event visible in web-ui").atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> get(webUi.url("/api/public/v1/events/" + eventId)),
                            found -> found != null && found.path("partnerships").size() == 1);
                assertThat(visible.at("/partnerships/0/name").asString()).isEqualTo("Kongoussi");

                HttpResponse<String> first = signUp(webUi, eventId, "ada@example.org");
                HttpResponse<String> second = signUp(webUi, eventId, "ben@example.org");
                HttpResponse<String> again = signUp(webUi, eventId, "ada@example.org");
                assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
                assertThat(Json.tolerant().readTree(first.body()).get("status").asString()).isEqualTo("RECEIVED");
                assertThat(again.body()).as("a known address is answered like a new one").isEqualTo(first.body());
                assertThat(second.body()).isEqualTo(first.body());
                // the double opt-in: the link in the mail confirms the held seat
                String adaLink = await("Ada's mail").atMost(PATIENCE)
                    .until(() -> linkMailedTo(events, token, eventId, "ada@example.org"), link -> link != null);
                JsonNode confirmed = Json.tolerant()
                    .readTree(postRaw(webUi.url("/api/public/v1/registrations/confirm"), null,
                            "{\"token\":\"" + adaLink + "\"}")
                        .body());
                assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
                await("seat counts visible").atMost(PATIENCE)
                    .until(() -> get(webUi.url("/api/public/v1/events/" + eventId)).at("/seats/0/waitlisted")
                        .asInt() == 1);
                for (String type : new String[] { "partnership", "event", "seats" }) {
                    await(type + " read model equal to its owner").atMost(PATIENCE)
                        .until(() -> PipelineScenario.divergence(webUi, type), found -> found != null
                                && found.get("differing").asInt() == 0 && found.get("owned").asInt() >= 1);
                }
                await("events-service's partnerships equal to their owner's").atMost(PATIENCE)
                    .until(() -> PipelineScenario.divergence(webUi, "replicas", "partnership"), found -> found != null
                            && found.get("differing").asInt() == 0 && found.get("copied").asInt() >= 1);

                aPartnerReportsInFrenchWithAPhotoAndIsRefusedElsewhere(webUi, partnerships, token, partnership);
                staffImportPurchasesAndTheFairtradeTownCriterionFollowsTheActors(webUi, partnerships, token);
                signUpInTheBrowserUntilTheWaitlistAnswers(webUi, events, partnerships, token, start);
            }
        }
    }

    /**
     * The partner town's colleague (the local run's partner account, bound to the
     * partnership "kongoussi") signs in in French, writes a note with a photo and a new
     * indicator value on a measure; the public project page shows both. Their token is
     * refused on another partnership's project by the service itself.
     */
    private static void aPartnerReportsInFrenchWithAPhotoAndIsRefusedElsewhere(ServiceProcess webUi,
            ServiceProcess partnerships, String token, String kongoussi) throws Exception {
        String programme = """
                {"partnershipId":"%s","title":{"de":"Klimapartnerschaft im Systemtest"},"status":"RUNNING",
                 "funding":[{"funder":"BMZ","amount":{"amountMinor":100000,"currency":"EUR"}}],
                 "programme":{"fields":[{"id":"water","title":{"de":"Wasser","fr":"Eau"},"objectives":[
                   {"id":"retain","title":{"de":"Wasser halten","fr":"Retenir l'eau"},"measures":[
                     {"id":"stone-lines","title":{"de":"Steinreihen","fr":"Cordons pierreux"},"side":"PARTNER",
                      "status":"RUNNING"}]}]}],
                  "indicators":[{"id":"area","name":{"de":"Geschützte Fläche","fr":"Surface protégée"},"unit":"ha",
                    "measureId":"stone-lines","baseline":{"value":0,"date":"2025-10-01"},
                    "target":{"value":40,"date":"2027-06-30"},"values":[{"date":"2026-01-15","value":12}]}]}}""";
        JsonNode project = post(partnerships.url("/api/projects"), token, programme.formatted(kongoussi));
        String montbeliard = post(partnerships.url("/api/partnerships"), token, """
                {"partner":{"name":"Montbéliard","country":"FR"},"kind":"TOWN_TWINNING","status":"ACTIVE",
                 "description":{"de":"Systemtest"},"sdgs":[17]}""").get("id").asString();
        String elsewhere = post(partnerships.url("/api/projects"), token, programme.formatted(montbeliard)).get("id")
            .asString();
        String slug = project.get("slug").asString();
        await("the project in web-ui").atMost(PATIENCE)
            .until(() -> get(webUi.url("/api/public/v1/projects?partnership=" + kongoussi)),
                    found -> found != null && found.path("data").size() == 1);
        Path photo = Files.createTempFile("cordons", ".jpg");
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(20, 20, 200, 60);
        ImageIO.write(image, "jpeg", photo.toFile());

        ChromeDriver browser = Browser.open("fr");
        try {
            Browser.signIn(browser, webUi.url("/login").toString(), "partner", "globallokal-partner");
            await("the partner lands on the programme").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("h1")).getText(),
                        text -> text.equals("Programme d'action"));
            openMeasure(browser, "Cordons pierreux");
            browser.findElement(By.cssSelector(".gl-programme-work-note vaadin-text-area textarea"))
                .sendKeys("Premiers cordons posés sur 3 champs");
            // vaadin-upload keeps its file input in its shadow root
            browser.findElement(By.cssSelector(".gl-programme-work-note vaadin-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"))
                .sendKeys(photo.toAbsolutePath().toString());
            await("the photo is kept").atMost(Duration.ofSeconds(30))
                .until(() -> browser.findElement(By.cssSelector(".gl-programme-work-note")).getText(),
                        text -> text.contains("est téléversé"));
            browser.findElement(By.cssSelector(".gl-programme-work-note vaadin-text-field input"))
                .sendKeys("Cordons de pierres sur un champ");
            Browser.screenshot(browser, "partner-note-fr");
            browser.findElement(By.xpath("//vaadin-button[normalize-space()='Enregistrer la note']")).click();
            await("the note is saved").atMost(Duration.ofSeconds(30))
                .until(() -> browser.findElement(By.cssSelector(".gl-result")).getText(),
                        text -> text.equals("Enregistré."));
            // the measure stays open with its saved state
            await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> browser
                    .findElement(By.cssSelector(".gl-programme-work-reading vaadin-big-decimal-field input")),
                        WebElement::isDisplayed)
                .sendKeys("31");
            browser.findElement(By.xpath("//vaadin-button[normalize-space()='Enregistrer la valeur']")).click();
            await("the value is saved").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".gl-programme-work-reading")).getText(),
                        text -> text.contains("Dernière valeur 31"));

            browser.get(webUi.url("/projekte/" + slug).toString());
            WebElement picture = await("the public page shows the photo").atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".gl-programme-note img")), WebElement::isDisplayed);
            assertThat(picture.getAttribute("alt")).isEqualTo("Cordons de pierres sur un champ");
            assertThat(browser.findElement(By.cssSelector(".gl-indicator-table")).getText()).contains("31");
            assertThat(browser.findElement(By.cssSelector(".gl-programme-note")).getText())
                .contains("Premiers cordons posés sur 3 champs");
            HttpResponse<byte[]> served = HTTP.send(
                    HttpRequest.newBuilder(webUi.url(new URI(picture.getAttribute("src")).getPath())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            Browser.screenshot(browser, "partner-note-public");
        }
        finally {
            browser.quit();
            Files.deleteIfExists(photo);
        }

        HttpResponse<String> partnerToken = HTTP
            .send(HttpRequest.newBuilder(webUi.url("/api/token?audience=partnerships-service"))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                            .encodeToString("partner:globallokal-partner".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        String partner = Json.tolerant().readTree(partnerToken.body()).get("access_token").asString();
        HttpResponse<String> refused = postRaw(
                partnerships.url("/api/projects/" + elsewhere + "/programme/measures/stone-lines/notes"), partner, """
                        {"id":"n-x","date":"2026-04-01","text":{"de":"Versuch"}}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }

    private static void openMeasure(ChromeDriver browser, String title) {
        WebElement summary = await("the measure " + title).atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.xpath("//vaadin-details-summary[contains(., '" + title + "')]")),
                    WebElement::isDisplayed);
        Browser.click(browser, summary);
        await().atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-programme-work-note vaadin-text-area textarea")),
                    WebElement::isDisplayed);
    }

    /** A citizen's way: the event page in chromium, the form, the answer on the page. */
    private static void signUpInTheBrowserUntilTheWaitlistAnswers(ServiceProcess webUi, ServiceProcess events,
            ServiceProcess partnerships, String token, LocalDateTime start) throws Exception {
        String body = """
                {"title":{"de":"Filmabend im Browser"},"start":"%s","end":"%s","category":"FILM","status":"PUBLISHED",
                 "registration":{"capacity":1}}""".formatted(start.plusDays(1), start.plusDays(1).plusHours(2));
        String eventId = post(events.url("/api/events"), token, body).get("id").asString();
        await("event visible in web-ui").atMost(PATIENCE)
            .until(() -> get(webUi.url("/api/public/v1/events/" + eventId)) != null);
        ChromeDriver browser = Browser.open("de");
        try {
            assertThat(
                    submit(browser, webUi.url("/veranstaltungen/" + eventId).toString(), "Clara", "clara@example.org"))
                .contains("Fast geschafft", "clara@example.org");
            Browser.screenshot(browser, "signup-received");
            String claraLink = await("Clara's mail").atMost(PATIENCE)
                .until(() -> linkMailedTo(events, token, eventId, "clara@example.org"), link -> link != null);
            browser.get(webUi.url("/anmeldung/" + claraLink).toString());
            await("the link confirms").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("main")).getText(),
                        text -> text.contains("Ihr Platz ist bestätigt"));
            Browser.screenshot(browser, "signup-confirmed-by-link");
            assertThat(submit(browser, webUi.url("/veranstaltungen/" + eventId).toString(), "Dana", "dana@example.org"))
                .contains("Fast geschafft");
            staffSeesTheRegistrations(browser, webUi);
            staffTickWhoCameCountAWalkInAndWriteToTheRegistrants(browser, webUi, events, token, eventId);
            JsonNode caerphilly = theOverviewShowsAChangeMadeThroughTheApiWithoutAReload(browser, webUi, partnerships,
                    token);
            staffEditAPartnershipAndThePublicPageShowsIt(browser, webUi, caerphilly);
            aConflictingEditIsExplainedAndTheCurrentVersionReloaded(browser, webUi, partnerships, token, caerphilly);
            theHistorySaysWhoChangedWhat(browser);
            aRuleOnlyTheServiceKnowsIsShownOnItsField(browser, webUi);
            staffExportAReport(browser, webUi);
            staffAnonymiseTheRegistrationsOfAnEvent(browser, webUi);
            staffRenameAnEventAndCreateADraft(browser, webUi, eventId);
        }
        finally {
            browser.quit();
        }
    }

    /**
     * The coordinator signs in and finds both people of the film evening, in waitlist
     * order.
     */
    private static void staffSeesTheRegistrations(ChromeDriver browser, ServiceProcess webUi) throws Exception {
        Browser.signIn(browser, webUi.url("/login").toString(), "editor", "globallokal-editor");
        openRegistrationsOfTheFilmEvening(browser, webUi);
        String page = await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("vaadin-grid")).getText(), text -> text.contains("Dana"));
        assertThat(page).contains("Clara").contains("bestätigt").contains("Warteliste");
        Browser.screenshot(browser, "staff-registrations");
    }

    /**
     * At the door, on a phone: Clara is ticked, two people come without registering, and
     * everyone registered gets a note about the entrance.
     */
    private static void staffTickWhoCameCountAWalkInAndWriteToTheRegistrants(ChromeDriver browser, ServiceProcess webUi,
            ServiceProcess events, String token, String eventId) throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(webUi.url("/staff/einlass?event=" + eventId).toString());
        await("the door of the film evening").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-checkin-guest > label")), WebElement::isDisplayed)
            .click();
        await("Clara ticked").atMost(Duration.ofSeconds(10))
            .until(() -> browser.findElement(By.cssSelector(".gl-checkin-tally")).getText(),
                    text -> text.contains("1 von 1 Angemeldeten da"));
        WebElement walkIn = browser.findElement(By.xpath("//vaadin-button[normalize-space()='+1 ohne Anmeldung']"));
        walkIn.click();
        await().atMost(Duration.ofSeconds(10))
            .until(() -> browser.findElement(By.cssSelector(".gl-checkin-tally")).getText(),
                    text -> text.contains("1 ohne Anmeldung"));
        walkIn.click();
        String tally = await("ticked and counted").atMost(Duration.ofSeconds(10))
            .until(() -> browser.findElement(By.cssSelector(".gl-checkin-tally")).getText(),
                    text -> text.contains("2 ohne Anmeldung"));
        assertThat(tally).contains("1 von 1 Angemeldeten da");
        Browser.screenshot(browser, "staff-checkin-phone");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='An alle Angemeldeten schreiben']")).click();
        WebElement subject = await().atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser
                .findElement(By.cssSelector("vaadin-dialog vaadin-text-field[data-path='subject'] input")),
                    WebElement::isDisplayed);
        subject.sendKeys("Eingang über den Hof");
        browser.findElement(By.cssSelector("vaadin-dialog vaadin-text-area[data-path='text'] textarea"))
            .sendKeys("Bitte kommen Sie heute durch den Hof.");
        browser.findElement(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Senden']")).click();
        await("the letter is on its way").atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(),
                    text -> text.contains("Die Nachricht geht an eine Person."));
        await("Clara's letter").atMost(PATIENCE)
            .until(() -> kindsMailedTo(events, token, eventId, "clara@example.org"), kinds -> kinds.contains("LETTER"));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * The event editor against events-service: a published event renamed (its dates,
     * sign-up and registrations untouched) shows the new title publicly; a new event
     * saved with the form's defaults is a draft, listed for staff and not public.
     */
    private static void staffRenameAnEventAndCreateADraft(ChromeDriver browser, ServiceProcess webUi, String eventId)
            throws Exception {
        browser.get(webUi.url("/staff/veranstaltungen/" + eventId).toString());
        WebElement title = await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("vaadin-text-field[data-path='title.de'] input")),
                    found -> found != null);
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Filmabend mit Gespräch", Keys.TAB);
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));
        await("renamed and projected").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-editor .gl-result")).getText(),
                    t -> t.contains("jetzt in den Listen"));
        browser.get(webUi.url("/veranstaltungen/" + eventId).toString());
        String page = await("the public page shows the new title").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(), t -> t.contains("Filmabend mit Gespräch"));
        // the sign-up and its seat counts are untouched
        assertThat(page).contains("Ausgebucht", "1 warten");

        browser.get(webUi.url("/staff/veranstaltungen/neu").toString());
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("vaadin-text-field[data-path='title.de'] input")),
                    found -> found != null)
            .sendKeys("Entwurf aus dem Browser", Keys.TAB);
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));
        String said = await("created and projected").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-editor .gl-result")).getText(),
                    t -> t.contains("jetzt in den Listen"));
        assertThat(said).contains("Gespeichert (Version 1)");
        assertThat(browser.getCurrentUrl()).as("the address names the new event").doesNotEndWith("/neu");
        Browser.screenshot(browser, "staff-event-created");
        browser.get(webUi.url("/staff/veranstaltungen").toString());
        await("listed for staff").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("vaadin-grid")).getText(),
                    t -> t.contains("Entwurf aus dem Browser") && t.contains("Entwurf"));
    }

    /**
     * After the evening, the coordinator erases the names of everyone who signed up; the
     * counts stay.
     */
    private static void staffAnonymiseTheRegistrationsOfAnEvent(ChromeDriver browser, ServiceProcess webUi)
            throws Exception {
        openRegistrationsOfTheFilmEvening(browser, webUi);
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.xpath("//vaadin-button[normalize-space()='Alle jetzt anonymisieren']")),
                    found -> found.isDisplayed())
            .click();
        // Vaadin 25 keeps the dialog's buttons in the dialog itself (24 moved them into
        // an overlay element)
        await().atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser
                .findElement(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")),
                    WebElement::isDisplayed)
            .click();
        String page = await("names erased").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(),
                    text -> text.contains("2 Anmeldungen anonymisiert"));
        assertThat(browser.findElement(By.tagName("vaadin-grid")).getText())
            .doesNotContain("Clara", "Dana", "clara@example.org")
            .contains("bestätigt");
        Browser.screenshot(browser, "staff-registrations-anonymised");
    }

    private static void openRegistrationsOfTheFilmEvening(ChromeDriver browser, ServiceProcess webUi) {
        browser.get(webUi.url("/staff/anmeldungen").toString());
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("vaadin-select")), found -> found != null)
            .click();
        await().atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser.findElements(By.tagName("vaadin-select-item"))
                .stream()
                .filter(i -> i.getText().contains("Filmabend im Browser"))
                .findFirst()
                .orElse(null), found -> found != null)
            .click();
    }

    /** An overview left open gets a change pushed into it (Vaadin push), no reload. */
    private static JsonNode theOverviewShowsAChangeMadeThroughTheApiWithoutAReload(ChromeDriver browser,
            ServiceProcess webUi, ServiceProcess partnerships, String token) throws Exception {
        browser.get(webUi.url("/staff").toString());
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("ul.gl-live")), found -> found != null);
        JsonNode created = post(partnerships.url("/api/partnerships"), token, """
                {"partner":{"name":"Caerphilly","country":"GB"},"kind":"TOWN_TWINNING","since":1960,
                 "status":"ACTIVE","description":{"de":"Systemtest"},"sdgs":[17]}""");
        await("the change is pushed into the open overview").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("ul.gl-live")).getText(),
                    text -> text.contains("Caerphilly"));
        Browser.screenshot(browser, "staff-live-feed");
        return created;
    }

    /**
     * The coordinator changes the description in the editor; the public profile shows it
     * once projected.
     */
    private static void staffEditAPartnershipAndThePublicPageShowsIt(ChromeDriver browser, ServiceProcess webUi,
            JsonNode partnership) throws Exception {
        String text = "Seit 1960 verbunden – im Browser bearbeitet";
        browser.get(webUi.url("/staff/partnerschaften/" + partnership.get("id").asString()).toString());
        WebElement description = descriptionField(browser);
        description.clear();
        description.sendKeys(text);
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));
        String said = await("saved and projected").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-editor .gl-result")).getText(),
                    t -> t.contains("jetzt in den Listen"));
        assertThat(said).contains("Gespeichert (Version 2)");
        Browser.screenshot(browser, "staff-partnership-saved");

        browser.get(webUi.url("/partnerschaften/" + partnership.get("slug").asString()).toString());
        await("the public profile shows the edit").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(), t -> t.contains(text));
        Browser.screenshot(browser, "public-partnership-after-edit");
    }

    /**
     * Someone else saves first: the editor says who and offers the current version; what
     * was typed is kept until then.
     */
    private static void aConflictingEditIsExplainedAndTheCurrentVersionReloaded(ChromeDriver browser,
            ServiceProcess webUi, ServiceProcess partnerships, String token, JsonNode partnership) throws Exception {
        String id = partnership.get("id").asString();
        browser.get(webUi.url("/staff/partnerschaften/" + id).toString());
        WebElement description = descriptionField(browser);

        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(partnerships.url("/api/partnerships/" + id))
            .header("Authorization", "Bearer " + token)
            .build(), HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        ObjectNode body = (ObjectNode) Json.tolerant().readTree(current.body());
        for (String stateOnly : List.of("id", "slug", "version", "created", "modified")) {
            body.remove(stateOnly);
        }
        body.putObject("description").put("de", "Über die API geändert");
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(partnerships.url("/api/partnerships/" + id))
            .header("Authorization", "Bearer " + token)
            .header("If-Match", etag)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        description.clear();
        description.sendKeys("Meine Fassung");
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));
        String conflict = await("the conflict is explained").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-conflict")).getText(),
                    t -> t.contains("inzwischen geändert"));
        assertThat(conflict).contains("editor").contains("description").contains("Version 3");
        assertThat(descriptionField(browser).getAttribute("value")).isEqualTo("Meine Fassung");
        Browser.screenshot(browser, "staff-partnership-conflict");

        Browser.click(browser,
                browser.findElement(By.xpath("//vaadin-button[normalize-space()='Aktuelle Fassung laden']")));
        await("the current version is loaded").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> descriptionField(browser).getAttribute("value"), v -> v.equals("Über die API geändert"));
    }

    /**
     * From the editor to the entry's history: every version with who and which fields,
     * newest first.
     */
    private static void theHistorySaysWhoChangedWhat(ChromeDriver browser) throws Exception {
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Verlauf']")));
        String history = await("the history").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(), text -> text.contains("3 Versionen"));
        assertThat(history).contains("angelegt", "geändert", "editor", "description");
        Browser.screenshot(browser, "staff-history");
    }

    /**
     * An SDG target that is not one (only the service checks targets against the
     * catalogue): nothing is stored, the complaint lands on the targets field, what was
     * typed stays; with the target removed the project saves.
     */
    private static void aRuleOnlyTheServiceKnowsIsShownOnItsField(ChromeDriver browser, ServiceProcess webUi)
            throws Exception {
        browser.get(webUi.url("/staff/projekte/neu").toString());
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("vaadin-select[data-path='partnershipId']")),
                    found -> found != null)
            .click();
        await().atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> browser.findElements(By.tagName("vaadin-select-item"))
                .stream()
                .filter(i -> i.getText().contains("Kongoussi"))
                .findFirst()
                .orElse(null), found -> found != null)
            .click();
        browser.findElement(By.cssSelector("vaadin-text-field[data-path='title.de'] input"))
            .sendKeys("Solarschule Kongoussi");
        WebElement targets = browser.findElement(By.cssSelector("vaadin-text-field[data-path='sdgTargets'] input"));
        targets.sendKeys("99.9");
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));

        String said = await("refused by the service").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-editor .gl-result")).getText(),
                    t -> t.contains("Nicht gespeichert"));
        Object marked = browser
            .executeScript("const f = document.querySelector(\"vaadin-text-field[data-path='sdgTargets']\");"
                    + " return f.invalid + ' ' + f.errorMessage;");
        assertThat(marked.toString()).startsWith("true").contains("SDG target");
        assertThat(targets.getAttribute("value")).isEqualTo("99.9");
        assertThat(said).contains("Ihre Eingaben sind erhalten");
        Browser.screenshot(browser, "staff-project-refused");

        targets.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        await("the emptied field reached the server").atMost(Duration.ofSeconds(10))
            .until(() -> browser
                .executeScript("return document.querySelector(\"vaadin-text-field[data-path='sdgTargets']\").value"),
                    ""::equals);
        Browser.click(browser, browser.findElement(By.xpath("//vaadin-button[normalize-space()='Speichern']")));
        await("saved and projected").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-editor .gl-result")).getText(),
                    t -> t.contains("jetzt in den Listen"));
    }

    /**
     * A report for the coming month lists the events and downloads as CSV with the same
     * session.
     */
    /**
     * Issue 17's way through: staff give the paper group a target, import a finance
     * export in the browser (a line with more labelled than total spend refused on its
     * column, then the corrected file, published), the public page shows the share
     * against the target; two actors marked as selling fair products raise the shops
     * criterion by two; the yearly report downloads as a PDF.
     */
    private static void staffImportPurchasesAndTheFairtradeTownCriterionFollowsTheActors(ServiceProcess webUi,
            ServiceProcess partnerships, String token) throws Exception {
        JsonNode paper = null;
        for (JsonNode group : await("the reference product groups").atMost(PATIENCE)
            .until(() -> getWith(partnerships.url("/api/product-groups"), token),
                    found -> found != null && found.path("data").size() >= 10)
            .get("data")) {
            if (group.path("key").asString().equals("paper")) {
                paper = group;
            }
        }
        assertThat(paper).as("the reference set has paper").isNotNull();
        HttpResponse<String> target = HTTP.send(HttpRequest
            .newBuilder(partnerships.url("/api/product-groups/" + paper.get("id").asString()))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("If-Match", "\"" + paper.get("version").asLong() + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString("""
                    {"key":"paper","name":{"de":"Papier und Büromaterial"},"targets":[{"year":2025,"share":75}]}"""))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(target.statusCode()).as(target.body()).isEqualTo(200);
        Path refused = Files.createTempFile("einkauf-fehler", ".csv");
        Path good = Files.createTempFile("einkauf", ".csv");
        String header = "Amt;Jahr;Produktgruppe;Gesamt;Davon mit Gütezeichen;Gütezeichen\n";
        Files.writeString(refused,
                header + "Systemtestamt;2025;Papier und Büromaterial;1.000,00;1.200,00;Blauer Engel\n");
        Files.writeString(good, header + "Systemtestamt;2025;Papier und Büromaterial;1.000,00;800,00;Blauer Engel\n");

        ChromeDriver browser = Browser.open("de");
        try {
            Browser.signIn(browser, webUi.url("/login").toString(), "editor", "globallokal-editor");
            browser.get(webUi.url("/staff/beschaffung").toString());
            upload(browser, refused);
            String report = await("the refused line").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".gl-staff-procurement")).getText(),
                        text -> text.contains("abgelehnt: 1"));
            assertThat(report).contains("Davon mit Gütezeichen: darf die Gesamtsumme nicht übersteigen");
            upload(browser, good);
            await("the file is acceptable").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".gl-staff-procurement")).getText(),
                        text -> text.contains("Neu: 1, geändert: 0, unverändert: 0, abgelehnt: 0"));
            browser
                .findElement(By
                    .xpath("//vaadin-checkbox[normalize-space()='Zahlen gleich auf der öffentlichen Seite zeigen']"))
                .click();
            browser.findElement(By.xpath("//vaadin-button[normalize-space()='Importieren']")).click();
            await("stored").atMost(Duration.ofSeconds(30))
                .until(() -> browser.findElement(By.cssSelector(".gl-staff-procurement")).getText(),
                        text -> text.contains("Gespeichert"));
            await("the staff page shows the new figures by itself").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".gl-shares")).getText(),
                        text -> text.contains("80 %"));
            Browser.screenshot(browser, "staff-procurement-import");

            String page = await("the share against its target on the public page").atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    browser.get(webUi.url("/faire-beschaffung").toString());
                    return await().atMost(Duration.ofSeconds(20))
                        .ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("main")).getText(), t -> t.contains("Fairtrade"));
                }, t -> t.contains("80 %") && t.contains("75 % (erreicht)"));
            int shops = shopsOnFile(page);
            for (String name : List.of("Weltladen im Systemtest", "Café im Systemtest")) {
                post(partnerships.url("/api/actors"), token, """
                        {"name":"%s","kind":"FAIR_TRADE_SHOP","example":true,"fairTrade":["SELLS"]}""".formatted(name));
            }
            await("two more shops for the criterion").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.get(webUi.url("/faire-beschaffung").toString());
                return shopsOnFile(await().atMost(Duration.ofSeconds(20))
                    .ignoreExceptions()
                    .until(() -> browser.findElement(By.tagName("main")).getText(),
                            t -> t.contains("Geschäfte erfasst")));
            }, count -> count == shops + 2);
            Browser.screenshot(browser, "public-procurement");

            browser.get(webUi.url("/staff/berichte").toString());
            String href = await("the procurement report").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.xpath("//a[normalize-space()='Beschaffungsbericht 2025 (PDF)']"))
                    .getAttribute("href"), found -> found != null);
            Object start = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer())"
                    + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))), e => done('failed'));",
                    href);
            assertThat(start).isEqualTo("%PDF-");
        }
        finally {
            browser.quit();
            Files.deleteIfExists(refused);
            Files.deleteIfExists(good);
        }
    }

    private static void upload(ChromeDriver browser, Path file) {
        // vaadin-upload keeps its file input in its shadow root
        await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-staff-procurement vaadin-upload")),
                    found -> found != null)
            .getShadowRoot()
            .findElement(By.cssSelector("input[type='file']"))
            .sendKeys(file.toAbsolutePath().toString());
    }

    private static int shopsOnFile(String page) {
        Matcher count = Pattern.compile("Geschäfte erfasst: (\\d+)").matcher(page);
        assertThat(count.find()).as(page).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static JsonNode getWith(URI url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Json.tolerant().readTree(response.body()) : null;
    }

    private static void staffExportAReport(ChromeDriver browser, ServiceProcess webUi) throws Exception {
        LocalDate today = LocalDate.now();
        browser.get(webUi.url("/staff/berichte?von=" + today + "&bis=" + today.plusDays(40)).toString());
        String page = await("the report").atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.tagName("main")).getText(), t -> t.contains("Bericht erstellt"));
        assertThat(page).contains("Berichtsabend", "Kongoussi", "Filmabend im Browser");
        // the door's figures apart from the sign-ups, once the counts have come over the
        // topic
        String url = browser.getCurrentUrl();
        await("the door's counts in the report").atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.get(url);
            return await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("main")).getText(), t -> t.contains("Bericht erstellt"));
        }, t -> t.matches("(?s).*Ohne Anmeldung gekommen\\s+2\\b.*"));
        Browser.screenshot(browser, "staff-report");
        String href = browser.findElement(By.xpath("//a[normalize-space()='Als CSV herunterladen']"))
            .getAttribute("href");
        Object csv = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        assertThat(csv.toString()).contains("section,item,date,dates,participants,signups,attended,walkins")
            .contains("Berichtsabend")
            .contains("summary,dates,");
    }

    private static WebElement descriptionField(ChromeDriver browser) {
        return await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector("vaadin-text-area[data-path='description.de'] textarea")),
                    found -> found != null);
    }

    private static String submit(ChromeDriver browser, String page, String name, String email) {
        browser.get(page);
        WebElement nameField = await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser
                // the first field is the name
                .findElement(By.cssSelector("vaadin-text-field input")), found -> found != null);
        nameField.sendKeys(name);
        browser.findElement(By.cssSelector("vaadin-email-field input")).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-checkbox input")).click();
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Anmelden']")).click();
        return await().atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> browser.findElement(By.cssSelector(".gl-result")).getText(), text -> !text.isBlank());
    }

    private static HttpResponse<String> signUp(ServiceProcess webUi, String eventId, String email) throws Exception {
        String body = """
                {"name":"Ada","email":"%s","consent":true,"consentVersion":"2026-11"}""".formatted(email);
        return HTTP.send(HttpRequest.newBuilder(webUi.url("/api/public/v1/events/" + eventId + "/registrations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The kinds of the messages to {@code email}, from the staff mailbox. */
    private static List<String> kindsMailedTo(ServiceProcess events, String token, String eventId, String email)
            throws Exception {
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(events.url("/api/messages?limit=500&event=" + eventId))
                .header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> kinds = new ArrayList<>();
        for (JsonNode message : Json.tolerant().readTree(response.body()).get("data")) {
            if (email.equals(message.path("to").asString())) {
                kinds.add(message.path("kind").asString());
            }
        }
        return kinds;
    }

    /**
     * The secret in the link of the newest mail to {@code email}, from the staff mailbox.
     */
    private static String linkMailedTo(ServiceProcess events, String token, String eventId, String email)
            throws Exception {
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(events.url("/api/messages?limit=500&event=" + eventId))
                .header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode message : Json.tolerant().readTree(response.body()).get("data")) {
            Matcher link = LINK.matcher(message.path("body").asString());
            if (email.equals(message.path("to").asString()) && link.find()) {
                return link.group(1);
            }
        }
        return null;
    }

    private static JsonNode post(URI url, String token, String body) throws Exception {
        HttpResponse<String> response = postRaw(url, token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.tolerant().readTree(response.body());
    }

    private static HttpResponse<String> postRaw(URI url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(URI url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Json.tolerant().readTree(response.body()) : null;
    }

}
