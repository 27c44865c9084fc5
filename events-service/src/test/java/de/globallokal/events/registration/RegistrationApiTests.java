package de.globallokal.events.registration;

import static de.globallokal.events.EventFixtures.CONSENT_VERSION;
import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.linkMailedTo;
import static de.globallokal.events.EventFixtures.publicSignUp;
import static de.globallokal.events.EventFixtures.seats;
import static de.globallokal.events.EventFixtures.signup;
import static de.globallokal.events.EventFixtures.signupToken;
import static de.globallokal.events.EventFixtures.staffSignUp;
import static de.globallokal.events.EventFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.event.Topics;
import de.globallokal.events.EventFixtures;
import de.globallokal.support.calendar.CalendarFiles;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistrationApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RegistrationHousekeeping housekeeping;

    @Autowired
    SeatCounters counters;

    @Autowired
    RegistrationStore store;

    @Autowired
    LegacyRegistrations legacy;

    @Autowired
    MongoTemplate mongo;

    // the context's own broker: another test context's broker may have taken the system
    // property since
    @Autowired
    KafkaTestCluster broker;

    @Test
    void staffSignupsAreConfirmedThenTheWaitlistAnswersWithAPositionAndTheEventKeepsItsVersion() {
        String id = create(http, talk("Zwei Plätze", 2)).get("id").asString();

        assertThat(staffSignUp(http, id, "Ada", unique("ada")).getBody().get("status").asString())
            .isEqualTo("CONFIRMED");
        assertThat(staffSignUp(http, id, "Ben", unique("ben")).getBody().get("status").asString())
            .isEqualTo("CONFIRMED");
        ResponseEntity<JsonNode> third = staffSignUp(http, id, "Cem", unique("cem"));

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(third.getBody().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(third.getBody().get("position").asInt()).isEqualTo(1);
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(2);
        assertThat(seats(http, id).at("/0/waitlisted").asInt()).isEqualTo(1);
        JsonNode event = call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
        assertThat(event.get("version").asLong()).as("an editor's If-Match survives a rush").isEqualTo(1);
        assertThat(event.get("sequence").asInt()).as("seat counts are no news for calendars").isZero();
    }

    @Test
    void aPublicSignupHoldsItsSeatUntilTheLinkInTheMailIsOpened() {
        String id = create(http, talk("Bestätigen", 1)).get("id").asString();
        String email = unique("ada");

        ResponseEntity<JsonNode> received = publicSignUp(http, id, "Ada Lovelace", email);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(received.getBody().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(seats(http, id).at("/0/pending").asInt()).isEqualTo(1);
        String token = mailed(id, email, "PENDING");
        assertThat(pendingBody(id, email)).as("a mail to an unconfirmed address names nobody")
            .doesNotContain("Ada")
            .doesNotContain("Lovelace");
        JsonNode confirmed = post("/api/registrations/confirm", token);
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("verified").asBoolean()).isTrue();
        assertThat(post("/api/registrations/confirm", token).get("status").asString())
            .as("opening the link twice changes nothing")
            .isEqualTo("CONFIRMED");
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(1);
        assertThat(seats(http, id).at("/0/pending").asInt()).isZero();
        assertThat(mailed(id, email, "CONFIRMED")).isNull(); // the confirmation carries
                                                             // no new secret
    }

    @Test
    void aStrangerLearnsNothingFromSigningUpAnAddressThatIsRegistered() {
        String id = create(http, talk("Kein Orakel", 5)).get("id").asString();
        String email = unique("known");

        ResponseEntity<JsonNode> first = publicSignUp(http, id, "Ada", email);
        ResponseEntity<JsonNode> again = publicSignUp(http, id, "Mallory", email.toUpperCase());

        assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(registrations(id)).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
            .until(() -> messages(id).stream().anyMatch(m -> "ALREADY_REGISTERED".equals(m.path("kind").asString())));
        assertThat(messages(id).toString()).as("the owner is told, in words that name nobody")
            .doesNotContain("Mallory");
    }

    @Test
    void oneAddressIsSignedUpAtMostTenTimesADayAndTheEleventhStoresNothing() {
        String id = create(http, talk("Belästigung", 50)).get("id").asString();
        String email = unique("victim");
        for (int i = 0; i < 10; i++) {
            assertThat(publicSignUp(http, id, "Ada", email).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(id).size() == 10);

        ResponseEntity<JsonNode> eleventh = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                signup("Ada", email), signupToken());

        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(eleventh.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(messages(id)).hasSize(10);
        assertThat(staffSignUp(http, id, "Ada", unique("other")).getStatusCode()).as("staff at the desk are not capped")
            .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anUnconfirmedSignupLapsesAndItsSeatGoesToThePersonWaiting() {
        String id = create(http, talk("Verfällt", 1)).get("id").asString();
        String unconfirmed = unique("ada");
        publicSignUp(http, id, "Ada Unbestätigt", unconfirmed);
        String waiting = staffSignUp(http, id, "Ben", unique("ben")).getBody().get("id").asString();
        mailed(id, unconfirmed, "PENDING");

        housekeeping.runAt(Instant.now().plus(Duration.ofHours(25)));

        JsonNode list = registrations(id);
        assertThat(list).extracting(r -> r.get("status").asString()).containsExactlyInAnyOrder("EXPIRED", "OFFERED");
        assertThat(statusOf(list, waiting)).isEqualTo("OFFERED");
        assertThat(list.toString() + messages(id)).as("the mail promised: ignored, the details are deleted")
            .doesNotContain(unconfirmed)
            .doesNotContain("Unbestätigt");
    }

    @Test
    void aCancellationByLinkForgetsThePersonAndOffersTheSeatToTheFirstWaiting() {
        String id = create(http, talk("Ein Platz", 1)).get("id").asString();
        String firstEmail = unique("ada");
        staffSignUp(http, id, "Ada Abmelderin", firstEmail);
        String first = mailed(id, firstEmail, "CONFIRMED");
        String waitingEmail = unique("ben");
        String waiting = staffSignUp(http, id, "Ben", waitingEmail).getBody().get("id").asString();

        JsonNode cancelled = post("/api/registrations/cancel", first);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(registrations(id).toString()).as("a self-cancellation keeps nothing that names the person")
            .doesNotContain(firstEmail)
            .doesNotContain("Abmelderin");
        JsonNode farewell = await().atMost(Duration.ofSeconds(10))
            .until(() -> messages(id).stream()
                .filter(m -> "CANCELLED".equals(m.path("kind").asString()) && m.path("anonymised").asBoolean())
                .findFirst(), found -> found.isPresent())
            .orElseThrow();
        assertThat(farewell.toString()).as("the farewell forgets the address once it has left")
            .doesNotContain(firstEmail)
            .doesNotContain("Abmelderin");

        String claimToken = mailed(id, waitingEmail, "OFFERED");
        JsonNode offered = post("/api/registrations/lookup", claimToken);
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.get("id").asString()).isEqualTo(waiting);
        assertThat(offered.has("offeredUntil")).isTrue();
        assertThat(post("/api/registrations/claim", claimToken).get("status").asString()).isEqualTo("CONFIRMED");
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
        String firstEmail = unique("ada");
        staffSignUp(http, id, "Ada", firstEmail);
        String second = staffSignUp(http, id, "Ben", unique("ben")).getBody().get("id").asString();
        String third = staffSignUp(http, id, "Cem", unique("cem")).getBody().get("id").asString();
        post("/api/registrations/cancel", mailed(id, firstEmail, "CONFIRMED"));

        housekeeping.runAt(Instant.now().plus(Duration.ofHours(49)));

        JsonNode list = registrations(id);
        assertThat(statusOf(list, second)).isEqualTo("EXPIRED");
        assertThat(statusOf(list, third)).isEqualTo("OFFERED");
    }

    @Test
    void staffTickWhoCameAndOnlyConfirmedPeopleCanBeTicked() {
        String id = create(http, talk("Anwesenheit", 1)).get("id").asString();
        String came = staffSignUp(http, id, "Ada", unique("ada")).getBody().get("id").asString();
        String waiting = staffSignUp(http, id, "Ben", unique("ben")).getBody().get("id").asString();

        JsonNode ticked = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations/" + came + "/attendance",
                null, TestTokens.editor())
            .getBody();
        ResponseEntity<JsonNode> notConfirmed = call(http, HttpMethod.POST,
                "/api/events/" + id + "/registrations/" + waiting + "/attendance", null, TestTokens.editor());
        ResponseEntity<JsonNode> byThePublic = call(http, HttpMethod.POST,
                "/api/events/" + id + "/registrations/" + came + "/attendance?present=false", null, signupToken());

        assertThat(ticked.get("attended").asBoolean()).isTrue();
        assertThat(notConfirmed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byThePublic.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(registrations(id)).filteredOn(r -> r.get("id").asString().equals(came))
            .allMatch(r -> r.get("attended").asBoolean());
        assertThat(seats(http, id).at("/0/attended").asInt()).isEqualTo(1);
        assertThat(call(http, HttpMethod.POST,
                "/api/events/" + id + "/registrations/" + came + "/attendance?present=false", null, TestTokens.editor())
            .getBody()
            .get("attended")
            .asBoolean()).as("a tick taken back").isFalse();
        assertThat(seats(http, id).at("/0/attended").asInt()).isZero();
    }

    @Test
    void walkInsAreCountedPerDateApartFromRegistrantsAndSurviveAReconciliation() {
        String id = create(http, talk("Offene Tür", 5)).get("id").asString();
        String walkIns = "/api/events/" + id + "/dates/" + id + "/walk-ins";
        call(http, HttpMethod.POST, walkIns, "{\"delta\":1}", TestTokens.editor());
        JsonNode counted = call(http, HttpMethod.POST, walkIns, "{\"delta\":2}", TestTokens.editor()).getBody();
        ResponseEntity<JsonNode> belowNone = call(http, HttpMethod.POST, walkIns, "{\"delta\":-4}",
                TestTokens.editor());
        ResponseEntity<JsonNode> otherEvent = call(http, HttpMethod.POST,
                "/api/events/" + UUID.randomUUID() + "/dates/" + id + "/walk-ins", "{\"delta\":1}",
                TestTokens.editor());

        assertThat(counted.get("walkIns").asInt()).isEqualTo(3);
        assertThat(counted.get("confirmed").asInt()).isZero();
        assertThat(belowNone.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(otherEvent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        housekeeping.runAt(Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(seats(http, id).at("/0/walkIns").asInt()).isEqualTo(3);
    }

    @Test
    void aWaitlistWithALimitRefusesTheOneTooMany() {
        String id = create(http, talk("Kurze Liste", 1).replace("\"capacity\":1}", "\"capacity\":1,\"waitlist\":1}"))
            .get("id")
            .asString();
        staffSignUp(http, id, "Ada", unique("ada"));
        staffSignUp(http, id, "Ben", unique("ben"));

        ResponseEntity<JsonNode> third = publicSignUp(http, id, "Cem", unique("cem"));

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(registrations(id)).hasSize(2);
    }

    @Test
    void fiftyParallelSignupsForTheLastFiveSeatsNeverOverbook() throws Exception {
        String id = create(http, talk("Andrang", 5)).get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<JsonNode>> signups = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "Person " + i;
            signups.add(() -> staffSignUp(http, id, name, unique("p")).getBody());
        }
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> answer : pool.invokeAll(signups)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers.stream().filter(a -> "CONFIRMED".equals(a.path("status").asString()))).hasSize(5);
        // each answer tells the place at the moment of joining; the list is the order
        assertThat(answers.stream()
            .filter(a -> "WAITLISTED".equals(a.path("status").asString()))
            .map(a -> a.get("position").asInt())).hasSize(45).allMatch(p -> p >= 1 && p <= 45);
        assertThat(registrations(id).findValues("position").stream().map(JsonNode::asInt))
            .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 45).boxed().toList());
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(5);
        assertThat(seats(http, id).at("/0/waitlisted").asInt()).isEqualTo(45);
    }

    @Test
    void aSeatTakenByASignupThatCrashedBeforeItsRegistrationIsFreedOnceTheCountIsQuiet() {
        String id = create(http, talk("Absturz", 1)).get("id").asString();
        // the crash: the counter took the seat, the registration was never written
        assertThat(counters.takeSeat(id, RegistrationStatus.PENDING, Instant.now())).isPresent();
        String waiting = staffSignUp(http, id, "Ben", unique("ben")).getBody().get("id").asString();
        assertThat(statusOf(registrations(id), waiting)).isEqualTo("WAITLISTED");

        housekeeping.runAt(Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(housekeeping.last().reconciled()).isPositive();
        assertThat(statusOf(registrations(id), waiting)).isEqualTo("OFFERED");
        assertThat(seats(http, id).at("/0/pending").asInt()).isZero();
        assertThat(seats(http, id).at("/0/offered").asInt()).isEqualTo(1);
    }

    @Test
    void aNoticeACrashLeftBehindIsMailedByTheSweep() {
        String id = create(http, talk("Liegengeblieben", 5)).get("id").asString();
        String email = unique("late");
        Instant now = Instant.now();
        // the crash: the registration and its notice are written, the process dies
        // before the relay drains it
        Registration stored = new Registration(UUID.randomUUID().toString(), id, id, RegistrationStatus.CONFIRMED, true,
                "Lea", email, email, null, null, "de", CONSENT_VERSION, now, "hash-" + UUID.randomUUID(), null, null,
                null, null, false, false, now, now);
        assertThat(store.insert(stored, Seating.notice(Notice.Kind.CONFIRMED, null, 0, now),
                new DatePlan(null, null, CalendarFiles.State.CONFIRMED, null, 0)))
            .isTrue();

        await().atMost(Duration.ofSeconds(15))
            .until(() -> messages(id).stream().anyMatch(m -> email.equals(m.path("to").asString())));
        assertThat(store.pending(stored.id()).orElseThrow().notices()).isEmpty();
    }

    @Test
    void anEventWithTenThousandRegistrationsStillTakesSignupsCancellationsAndErasure() {
        String id = create(http, talk("Großandrang", 2)).get("id").asString();
        Instant now = Instant.now();
        List<Document> earlier = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            earlier.add(RegistrationDocuments.of(new Registration(UUID.randomUUID().toString(), id, id,
                    RegistrationStatus.CANCELLED, true, "Person " + i, "p" + i + "@example.org",
                    "p" + i + "@example.org", null, null, "de", CONSENT_VERSION, now, "hash-" + UUID.randomUUID(), null,
                    null, null, null, false, false, now, now)));
        }
        mongo.getCollection(RegistrationStore.COLLECTION).insertMany(earlier);
        String email = unique("late");

        ResponseEntity<JsonNode> signedUp = staffSignUp(http, id, "Spät", email);
        JsonNode cancelled = post("/api/registrations/cancel", mailed(id, email, "CONFIRMED"));
        ResponseEntity<JsonNode> erased = call(http, HttpMethod.POST, "/api/registrations/erasure",
                "{\"email\":\"p9999@example.org\"}", TestTokens.editor());

        assertThat(signedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(erased.getBody().get("erased").asInt()).isEqualTo(1);
        assertThat(registrations(id)).hasSize(10_001);
    }

    @Test
    void registrationsAnEarlierVersionKeptInsideTheEventMoveOutWithTheirSeats() {
        String id = create(http, talk("Altbestand", 1)).get("id").asString();
        String now = Instant.now().toString();
        List<Document> embedded = List.of(
                Document
                    .parse("""
                            {"id":"old-1","occurrenceId":"%s","status":"CONFIRMED","name":"Alt Eins","email":"alt1@example.org",
                             "emailKey":"alt1@example.org","language":"de","consentVersion":"2026-11","consentAt":"%s",
                             "tokenHash":"old-hash-1","anonymised":false,"created":"%s","modified":"%s"}"""
                        .formatted(id, now, now, now)),
                Document
                    .parse("""
                            {"id":"old-2","occurrenceId":"%s","status":"WAITLISTED","name":"Alt Zwei","email":"alt2@example.org",
                             "emailKey":"alt2@example.org","language":"fr","consentVersion":"2026-11","consentAt":"%s",
                             "tokenHash":"old-hash-2","anonymised":false,"created":"%s","modified":"%s"}"""
                        .formatted(id, now, now, now)));
        mongo.getCollection("events").updateOne(Filters.eq("_id", id), Updates.set("registrations", embedded));

        assertThat(legacy.moveAll()).isEqualTo(2);

        JsonNode list = registrations(id);
        assertThat(statusOf(list, "old-1")).isEqualTo("CONFIRMED");
        assertThat(statusOf(list, "old-2")).isEqualTo("WAITLISTED");
        assertThat(list.findValuesAsString("name")).containsExactlyInAnyOrder("Alt Eins", "Alt Zwei");
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(1);
        assertThat(seats(http, id).at("/0/waitlisted").asInt()).isEqualTo(1);
        assertThat(mongo.getCollection("events").find(Filters.eq("_id", id)).first())
            .doesNotContainKey("registrations");
        assertThat(legacy.moveAll()).as("once only").isZero();
        assertThat(staffSignUp(http, id, "Alt Eins", "alt1@example.org").getStatusCode())
            .as("the moved registration still holds its address")
            .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void eachDateOfASeriesIsAnonymisedOnItsOwnScheduleNotTheLastDates() {
        LocalDateTime start = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS).withHour(19);
        JsonNode series = create(http, """
                {"title":{"de":"Reihe"},"start":"%s","end":"%s","category":"TALK","audiences":["EVERYONE"],
                 "status":"PUBLISHED","recurrence":{"rule":"FREQ=WEEKLY;COUNT=3"},"registration":{"capacity":5}}"""
            .formatted(start, start.plusHours(2)));
        String id = series.get("id").asString();
        String firstDate = series.at("/occurrences/0/id").asString();
        String lastDate = series.at("/occurrences/2/id").asString();
        call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                signup("Erste", unique("first")).replace("{", "{\"occurrenceId\":\"" + firstDate + "\","),
                TestTokens.editor());
        call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                signup("Letzte", unique("last")).replace("{", "{\"occurrenceId\":\"" + lastDate + "\","),
                TestTokens.editor());

        // 31 days after the first date, two weeks before the last one is due
        housekeeping.runAt(Instant.now().plus(Duration.ofDays(20 + 31)));

        JsonNode list = registrations(id);
        assertThat(list).filteredOn(r -> r.get("occurrenceId").asString().equals(firstDate))
            .allMatch(r -> r.get("anonymised").asBoolean() && !r.has("name"));
        assertThat(list).filteredOn(r -> r.get("occurrenceId").asString().equals(lastDate))
            .extracting(r -> r.path("name").asString())
            .containsExactly("Letzte");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed e-mail | {\"name\":\"Ada\",\"email\":\"ada-at-example\",\"consent\":true,\"consentVersion\":\"2026-11\"} | email",
            "no consent | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consentVersion\":\"2026-11\"} | consent",
            "consent refused | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consent\":false,\"consentVersion\":\"2026-11\"} | consent",
            "old consent text | {\"name\":\"Ada\",\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2020-01\"} | consentVersion",
            "no name | {\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2026-11\"} | name",
            "link as name | {\"name\":\"Win at https://spam.example\",\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2026-11\"} | name",
            "markup as name | {\"name\":\"<b>Ada</b>\",\"email\":\"ada@example.org\",\"consent\":true,\"consentVersion\":\"2026-11\"} | name",
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

        assertThat(publicSignUp(http, cancelled, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(publicSignUp(http, over, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(publicSignUp(http, free, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(publicSignUp(http, draft, "Ada", unique("a")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(registrations(cancelled)).isEmpty();
        assertThat(registrations(over)).isEmpty();
    }

    @Test
    void staffCannotBookTheSameAddressTwice() {
        String id = create(http, talk("Doppelt", 10)).get("id").asString();
        String email = unique("ada");
        staffSignUp(http, id, "Ada", email);

        ResponseEntity<JsonNode> again = staffSignUp(http, id, "Ada L.", email.toUpperCase());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(registrations(id)).hasSize(1);
    }

    @Test
    void aNameThatIsAFormulaReachesTheExportAsText() {
        String id = create(http, talk("Formel", 5)).get("id").asString();
        staffSignUp(http, id, "=cmd|' /C calc'!A0", unique("f"));
        staffSignUp(http, id, "@SUM(1+9)*cmd|' /C calc'!A0", unique("g"));

        String csv = http
            .exchange("/api/events/" + id + "/registrations/export", HttpMethod.GET,
                    new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class)
            .getBody();

        assertThat(csv).contains(",'=cmd|' /C calc'!A0,", ",'@SUM(1+9)*cmd").doesNotContain(",=cmd", ",@SUM");
    }

    @Test
    void staffExportTheListAsCsvAndPromoteFromTheWaitlist() {
        String id = create(http, talk("Liste", 1)).get("id").asString();
        staffSignUp(http, id, "Jürgen Müller", unique("jm"));
        String waiting = staffSignUp(http, id, "Zoë Faure", unique("zf")).getBody().get("id").asString();

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
        staffSignUp(http, id, "Ada", unique("keep"));
        String toErase = staffSignUp(http, id, "Ben", erasedEmail).getBody().get("id").asString();

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
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(1);
    }

    @Test
    void staffAnonymiseAnEventsRegistrationsNowAndTheCountsStay() {
        String id = create(http, talk("Gleich anonym", 1)).get("id").asString();
        String email = unique("now");
        staffSignUp(http, id, "Nora Namentlich", email);
        staffSignUp(http, id, "Otto Warteliste", unique("later"));

        JsonNode answer = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations/anonymise", null,
                TestTokens.editor())
            .getBody();

        assertThat(answer.get("anonymised").asInt()).isEqualTo(2);
        JsonNode after = registrations(id);
        assertThat(after).allMatch(r -> r.get("anonymised").asBoolean() && !r.has("name") && !r.has("email"));
        assertThat(after).extracting(r -> r.get("status").asString())
            .containsExactlyInAnyOrder("CONFIRMED", "WAITLISTED");
        assertThat(seats(http, id).at("/0/confirmed").asInt()).isEqualTo(1);
        assertThat(seats(http, id).at("/0/waitlisted").asInt()).isEqualTo(1);
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
        staffSignUp(http, id, "Verena Vertraulich", emails.get(0));
        staffSignUp(http, id, "Walter Waitlist", emails.get(1));
        post("/api/registrations/cancel", mailed(id, emails.get(1), "WAITLISTED"));
        // a second sign-up of the same address is logged nowhere either
        publicSignUp(http, id, "Verena Vertraulich", emails.get(0));

        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.EVENTS)) {
            List<String> values = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records()
                    .stream()
                    .filter(r -> id.equals(r.key()) || EventSeats.idOf(id).equals(r.key()))
                    .map(r -> r.value())
                    .toList(), v -> String.join("", v).contains("seats.upserted.v1"));
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

    private JsonNode registrations(String eventId) {
        return call(http, HttpMethod.GET, "/api/events/" + eventId + "/registrations", null, TestTokens.editor())
            .getBody()
            .get("data");
    }

    private List<JsonNode> messages(String eventId) {
        return EventFixtures.messages(http, eventId);
    }

    private String pendingBody(String eventId, String email) {
        return messages(eventId).stream()
            .filter(m -> email.equals(m.path("to").asString()) && "PENDING".equals(m.path("kind").asString()))
            .map(m -> m.get("body").asString())
            .findFirst()
            .orElseThrow();
    }

    /** Waits for the message and returns the secret of its link (null if it has none). */
    private String mailed(String eventId, String email, String kind) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> messages(eventId).stream()
                .anyMatch(m -> email.equals(m.path("to").asString()) && kind.equals(m.path("kind").asString())));
        return linkMailedTo(http, eventId, email, kind);
    }

    private JsonNode post(String path, String token) {
        ResponseEntity<JsonNode> answer = call(http, HttpMethod.POST, path, "{\"token\":\"" + token + "\"}",
                signupToken());
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
        return answer.getBody();
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
