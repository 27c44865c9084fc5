package de.globallokal.events.registration;

import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.signup;
import static de.globallokal.events.EventFixtures.signupToken;
import static de.globallokal.events.EventFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.Topics;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistrationApiTests {

    private static final Pattern LINK = Pattern.compile("/anmeldung/(\\S+)");

    @Autowired
    TestRestTemplate http;

    @Autowired
    RegistrationHousekeeping housekeeping;

    // the context's own broker: another test context's broker may have taken the system
    // property since
    @Autowired
    KafkaTestCluster broker;

    @Test
    void seatsAreConfirmedThenTheWaitlistAnswersWithAPosition() {
        String id = create(http, talk("Zwei Plätze", 2)).get("id").asString();

        assertThat(signUp(id, "Ada", unique("ada")).getBody().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(signUp(id, "Ben", unique("ben")).getBody().get("status").asString()).isEqualTo("CONFIRMED");
        ResponseEntity<JsonNode> third = signUp(id, "Cem", unique("cem"));

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(third.getBody().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(third.getBody().get("position").asInt()).isEqualTo(1);
        JsonNode event = call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
        assertThat(event.at("/seats/0/confirmed").asInt()).isEqualTo(2);
        assertThat(event.at("/seats/0/waitlisted").asInt()).isEqualTo(1);
        assertThat(event.get("version").asLong()).isEqualTo(4);
        assertThat(event.get("sequence").asInt()).as("seat counts are no news for calendars").isZero();
    }

    @Test
    void aCancellationByLinkOffersTheSeatToTheFirstWaitingWhoClaimsItByTheirLink() {
        String id = create(http, talk("Ein Platz", 1)).get("id").asString();
        String first = signUp(id, "Ada", unique("ada")).getBody().get("cancelToken").asString();
        String waitingEmail = unique("ben");
        String waiting = signUp(id, "Ben", waitingEmail).getBody().get("id").asString();

        JsonNode cancelled = call(http, HttpMethod.POST, "/api/registrations/cancel", "{\"token\":\"" + first + "\"}",
                signupToken())
            .getBody();
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");

        String claimToken = await().atMost(Duration.ofSeconds(10))
            .until(() -> linkInMessage(id, waiting, "OFFERED"), token -> token != null);
        JsonNode offered = call(http, HttpMethod.POST, "/api/registrations/lookup",
                "{\"token\":\"" + claimToken + "\"}", signupToken())
            .getBody();
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.has("offeredUntil")).isTrue();
        JsonNode claimed = call(http, HttpMethod.POST, "/api/registrations/claim", "{\"token\":\"" + claimToken + "\"}",
                signupToken())
            .getBody();
        assertThat(claimed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(
                call(http, HttpMethod.POST, "/api/registrations/cancel", "{\"token\":\"" + first + "\"}", signupToken())
                    .getStatusCode())
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(call(http, HttpMethod.POST, "/api/registrations/lookup", "{\"token\":\"" + id + ".forged\"}",
                signupToken())
            .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfferNotClaimedInTimeGoesToTheNextPerson() {
        String id = create(http, talk("Frist", 1)).get("id").asString();
        String first = signUp(id, "Ada", unique("ada")).getBody().get("cancelToken").asString();
        String second = signUp(id, "Ben", unique("ben")).getBody().get("id").asString();
        String third = signUp(id, "Cem", unique("cem")).getBody().get("id").asString();
        call(http, HttpMethod.POST, "/api/registrations/cancel", "{\"token\":\"" + first + "\"}", signupToken());

        housekeeping.runAt(Instant.now().plus(Duration.ofHours(49)));

        JsonNode list = call(http, HttpMethod.GET, "/api/events/" + id + "/registrations", null, TestTokens.editor())
            .getBody()
            .get("data");
        assertThat(statusOf(list, second)).isEqualTo("EXPIRED");
        assertThat(statusOf(list, third)).isEqualTo("OFFERED");
    }

    @Test
    void fiftyParallelSignupsForTheLastFiveSeatsNeverOverbook() throws Exception {
        String id = create(http, talk("Andrang", 5)).get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<JsonNode>> signups = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "Person " + i;
            signups.add(() -> signUp(id, name, unique("p")).getBody());
        }
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> answer : pool.invokeAll(signups)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers.stream().filter(a -> "CONFIRMED".equals(a.path("status").asString()))).hasSize(5);
        assertThat(answers.stream()
            .filter(a -> "WAITLISTED".equals(a.path("status").asString()))
            .map(a -> a.get("position").asInt()))
            .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 45).boxed().toList());
        JsonNode event = call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
        assertThat(event.at("/seats/0/confirmed").asInt()).isEqualTo(5);
        assertThat(event.at("/seats/0/waitlisted").asInt()).isEqualTo(45);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed e-mail | {\"name\":\"Ada\",\"email\":\"ada-at-example\",\"consent\":true,\"consentVersion\":\"2026-11\"} | email",
            "no consent | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consentVersion\":\"2026-11\"} | consent",
            "consent refused | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consent\":false,\"consentVersion\":\"2026-11\"} | consent",
            "old consent text | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2020-01\"} | consentVersion",
            "no name | {\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2026-11\"} | name",
            "oversized note | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"note\":\"NOTE\",\"consent\":true,\"consentVersion\":\"2026-11\"} | note",
            "unknown field | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"age\":7,\"consent\":true,\"consentVersion\":\"2026-11\"} | age", })
    void badSignupsAreRefusedAndNothingIsStored(String what, String body, String field) {
        String id = create(http, talk("Prüfung", 10)).get("id").asString();

        ResponseEntity<JsonNode> response = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                body.replace("NOTE", "x".repeat(501)), signupToken());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains(field);
        assertThat(registrations(id)).isEmpty();
    }

    @Test
    void cancelledPastAndUnregisteredEventsTakeNoSignups() {
        String cancelled = create(http, talk("Abgesagt", 10).replace("\"status\":\"PUBLISHED\"",
                "\"status\":\"CANCELLED\",\"statusNote\":{\"de\":\"Krankheit\"}"))
            .get("id")
            .asString();
        LocalDateTime past = LocalDateTime.now().minusDays(3);
        String over = create(http, talk("Vorbei", 10).replaceAll("\"start\":\"[^\"]+\",\"end\":\"[^\"]+\"",
                "\"start\":\"" + past + "\",\"end\":\"" + past.plusHours(2) + "\""))
            .get("id")
            .asString();
        String free = create(http, talk("Ohne Anmeldung", null)).get("id").asString();
        String draft = create(http, talk("Entwurf", 10).replace("PUBLISHED", "DRAFT")).get("id").asString();

        assertThat(signUp(cancelled, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(signUp(over, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(signUp(free, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(signUp(draft, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(registrations(cancelled)).isEmpty();
        assertThat(registrations(over)).isEmpty();
    }

    @Test
    void theSameAddressCannotBookTwice() {
        String id = create(http, talk("Doppelt", 10)).get("id").asString();
        String email = unique("ada");
        signUp(id, "Ada", email);

        ResponseEntity<JsonNode> again = signUp(id, "Ada L.", email.toUpperCase());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(registrations(id)).hasSize(1);
    }

    @Test
    void aNameThatIsAFormulaReachesTheExportAsText() {
        String id = create(http, talk("Formel", 5)).get("id").asString();
        signUp(id, "=cmd|' /C calc'!A0", unique("f"));
        signUp(id, "@SUM(1+9)*cmd|' /C calc'!A0", unique("g"));

        String csv = http
            .exchange("/api/events/" + id + "/registrations/export", HttpMethod.GET,
                    new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class)
            .getBody();

        assertThat(csv).contains(",'=cmd|' /C calc'!A0,", ",'@SUM(1+9)*cmd").doesNotContain(",=cmd", ",@SUM");
    }

    @Test
    void staffExportTheListAsCsvAndPromoteFromTheWaitlist() {
        String id = create(http, talk("Liste", 1)).get("id").asString();
        signUp(id, "Jürgen Müller", unique("jm"));
        String waiting = signUp(id, "Zoë Faure", unique("zf")).getBody().get("id").asString();

        ResponseEntity<String> csv = http.exchange("/api/events/" + id + "/registrations/export", HttpMethod.GET,
                new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("\uFEFFid,occurrence,status,position,name,email")
            .contains("Jürgen Müller")
            .contains("Zoë Faure,")
            .contains("WAITLISTED,1,");

        assertThat(call(http, HttpMethod.POST, "/api/events/" + id + "/registrations/" + waiting + "/promote", null,
                TestTokens.editor())
            .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(call(http, HttpMethod.POST,
                "/api/events/" + id + "/registrations/" + waiting + "/promote?beyondCapacity=true", null,
                TestTokens.editor())
            .getBody()
            .get("status")
            .asString()).isEqualTo("CONFIRMED");
        assertThat(
                call(http, HttpMethod.GET, "/api/events/" + id + "/registrations", null, signupToken()).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void registrationsAreAnonymisedAfterTheEventAndErasedOnRequest() {
        String id = create(http, talk("Datenschutz", 5)).get("id").asString();
        String erasedEmail = unique("erase");
        signUp(id, "Ada", unique("keep"));
        String toErase = signUp(id, "Ben", erasedEmail).getBody().get("id").asString();

        JsonNode erased = call(http, HttpMethod.POST, "/api/registrations/erasure",
                "{\"email\":\"" + erasedEmail + "\"}", TestTokens.editor())
            .getBody();
        assertThat(erased.get("erased").asInt()).isEqualTo(1);
        JsonNode afterErasure = registrations(id);
        assertThat(afterErasure.toString()).doesNotContain(erasedEmail).contains("Ada");
        assertThat(statusOf(afterErasure, toErase)).isEqualTo("CANCELLED");

        housekeeping.runAt(Instant.now().plus(Duration.ofDays(20 + 31)));

        JsonNode afterAnonymisation = registrations(id);
        assertThat(afterAnonymisation)
            .allMatch(r -> r.get("anonymised").asBoolean() && !r.has("name") && !r.has("email"));
        JsonNode messages = call(http, HttpMethod.GET, "/api/messages?event=" + id, null, TestTokens.editor())
            .getBody();
        assertThat(messages.get("data").toString()).doesNotContain("@example.org").doesNotContain("Ada");
        JsonNode event = call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
        assertThat(event.at("/seats/0/confirmed").asInt()).isEqualTo(1);
    }

    @Test
    void staffAnonymiseAnEventsRegistrationsNowAndTheCountsStay() {
        String id = create(http, talk("Gleich anonym", 1)).get("id").asString();
        String email = unique("now");
        signUp(id, "Nora Namentlich", email);
        signUp(id, "Otto Warteliste", unique("later"));

        JsonNode answer = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations/anonymise", null,
                TestTokens.editor())
            .getBody();

        assertThat(answer.get("anonymised").asInt()).isEqualTo(2);
        JsonNode after = registrations(id);
        assertThat(after).allMatch(r -> r.get("anonymised").asBoolean() && !r.has("name") && !r.has("email"));
        assertThat(after).extracting(r -> r.get("status").asString())
            .containsExactlyInAnyOrder("CONFIRMED", "WAITLISTED");
        JsonNode event = call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
        assertThat(event.at("/seats/0/confirmed").asInt()).isEqualTo(1);
        assertThat(event.at("/seats/0/waitlisted").asInt()).isEqualTo(1);
        JsonNode messages = call(http, HttpMethod.GET, "/api/messages?event=" + id, null, TestTokens.editor())
            .getBody();
        assertThat(messages.get("data").toString()).doesNotContain(email).doesNotContain("Nora");
        assertThat(
                call(http, HttpMethod.POST, "/api/events/" + id + "/registrations/anonymise", null, TestTokens.editor())
                    .getBody()
                    .get("anonymised")
                    .asInt())
            .as("a second time finds nobody named")
            .isZero();
    }

    @Test
    void noRegistrantsDataReachesTheTopicOrTheLog(CapturedOutput output) throws Exception {
        String id = create(http, talk("Geheim", 1)).get("id").asString();
        List<String> emails = List.of(unique("secret1"), unique("secret2"));
        signUp(id, "Verena Vertraulich", emails.get(0));
        String token = signUp(id, "Walter Waitlist", emails.get(1)).getBody().get("cancelToken").asString();
        call(http, HttpMethod.POST, "/api/registrations/cancel", "{\"token\":\"" + token + "\"}", signupToken());
        // a refused duplicate is logged nowhere either
        signUp(id, "Verena Vertraulich", emails.get(0));

        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.EVENTS)) {
            List<String> values = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).map(r -> r.value()).toList(),
                        v -> v.size() >= 3);
            assertThat(String.join("\n", values)).doesNotContain(emails.get(0))
                .doesNotContain(emails.get(1))
                .doesNotContain("Verena")
                .doesNotContain("Walter")
                .contains("\"waitlisted\"");
        }
        assertThat(output.getAll()).doesNotContain(emails.get(0))
            .doesNotContain(emails.get(1))
            .doesNotContain("Vertraulich");
    }

    private ResponseEntity<JsonNode> signUp(String eventId, String name, String email) {
        return call(http, HttpMethod.POST, "/api/events/" + eventId + "/registrations", signup(name, email),
                signupToken());
    }

    private JsonNode registrations(String eventId) {
        return call(http, HttpMethod.GET, "/api/events/" + eventId + "/registrations", null, TestTokens.editor())
            .getBody()
            .get("data");
    }

    private String linkInMessage(String eventId, String registrationId, String kind) {
        JsonNode messages = call(http, HttpMethod.GET, "/api/messages?event=" + eventId, null, TestTokens.editor())
            .getBody()
            .get("data");
        for (JsonNode message : messages) {
            if (registrationId.equals(message.path("registrationId").asString())
                    && kind.equals(message.path("kind").asString())) {
                Matcher link = LINK.matcher(message.get("body").asString());
                return link.find() ? link.group(1) : null;
            }
        }
        return null;
    }

    private static String statusOf(JsonNode list, String registrationId) {
        for (JsonNode row : list) {
            if (registrationId.equals(row.get("id").asString())) {
                return row.get("status").asString();
            }
        }
        return null;
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

}
