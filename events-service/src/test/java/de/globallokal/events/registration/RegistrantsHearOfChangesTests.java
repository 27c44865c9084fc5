package de.globallokal.events.registration;

import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.messages;
import static de.globallokal.events.EventFixtures.publicSignUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.globallokal.events.EventFixtures;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Registrants hear when their date is moved, given another place or called off, each
 * once, in their language and with a calendar file that updates the entry they have; a
 * day before, they are reminded; staff can write to everyone registered for a date.
 */
@IntegrationTest
class RegistrantsHearOfChangesTests {

    private static final LocalDateTime START = LocalDateTime.now()
        .plusDays(20)
        .truncatedTo(ChronoUnit.HOURS)
        .withHour(19);

    @Autowired
    TestRestTemplate http;

    @Autowired
    RegistrationHousekeeping housekeeping;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aMovedARelocatedAndACancelledDateAreEachToldOnceWithTheSameUidAndARisingSequence() {
        String id = create(http, talk("Umzug", START, "Kulturzentrum", "")).get("id").asString();
        String ada = unique("ada");
        String claire = unique("claire");
        String stranger = unique("stranger");
        staffSignUp(id, "Ada", ada, "de");
        staffSignUp(id, "Claire", claire, "fr");
        publicSignUp(http, id, "Unbestätigt", stranger);
        JsonNode confirmed = waitFor(id, ada, "CONFIRMED");
        assertThat(confirmed.get("calendar").asString()).contains("METHOD:PUBLISH", "UID:" + id + "@globallokal",
                "SEQUENCE:0");

        update(id, talk("Umzug", START.plusDays(1), "Kulturzentrum", ""), 1);

        JsonNode moved = waitFor(id, ada, "MOVED");
        assertThat(moved.get("subject").asString()).startsWith("Neuer Termin: Umzug");
        assertThat(moved.get("calendar").asString()).contains("METHOD:PUBLISH", "UID:" + id + "@globallokal",
                "SEQUENCE:1", "STATUS:CONFIRMED");
        assertThat(moved.get("calendar").asString().split("\nDTSTAMP:", -1)).as("one DTSTAMP (RFC 5545)").hasSize(2);
        assertThat(waitFor(id, claire, "MOVED").get("subject").asString()).startsWith("Nouvelle date : Umzug");

        update(id, talk("Umzug", START.plusDays(1), "Rathaus", ""), 2);
        JsonNode relocated = waitFor(id, ada, "PLACE_CHANGED");
        assertThat(relocated.get("body").asString()).contains("Rathaus");
        assertThat(relocated.get("calendar").asString()).contains("SEQUENCE:2", "LOCATION:Rathaus");

        update(id, talk("Umzug", START.plusDays(1), "Rathaus", "").replace("\"PUBLISHED\"",
                "\"CANCELLED\",\"statusNote\":{\"de\":\"Der Saal ist gesperrt.\"}"), 3);
        JsonNode cancelled = waitFor(id, claire, "DATE_CANCELLED");
        assertThat(cancelled.get("body").asString()).contains("n'aura pas lieu", "Der Saal ist gesperrt.");
        assertThat(cancelled.get("calendar").asString()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:3",
                "ORGANIZER:mailto:");

        // the sweep finds nobody left to tell: each heard each change once
        assertThat(housekeeping.runAt(Instant.now()).told()).isZero();
        assertThat(kinds(id, ada)).containsExactlyInAnyOrder("CONFIRMED", "MOVED", "PLACE_CHANGED", "DATE_CANCELLED");
        // an address nobody confirmed hears nothing but the request to confirm
        assertThat(kinds(id, stranger)).containsExactly("PENDING_WAITLISTED");
    }

    @Test
    void aDateCancelledInASeriesIsToldOnlyToItsOwnRegistrantsWithMethodCancel() {
        String id = create(http, talk("Reihe", START, "Kulturzentrum", "").replace("\"status\"",
                "\"recurrence\":{\"rule\":\"FREQ=WEEKLY;COUNT=3\"},\"status\""))
            .get("id")
            .asString();
        String second = id + "-" + START.plusWeeks(1).toLocalDate().toString().replace("-", "");
        String first = unique("first");
        String later = unique("later");
        signUpFor(id, id + "-" + START.toLocalDate().toString().replace("-", ""), first);
        signUpFor(id, second, later);
        waitFor(id, later, "CONFIRMED");

        ResponseEntity<JsonNode> change = EventFixtures.call(http, HttpMethod.PUT,
                "/api/events/" + id + "/occurrences/" + START.plusWeeks(1).toLocalDate(),
                "{\"date\":\"" + START.plusWeeks(1).toLocalDate()
                        + "\",\"cancelled\":true,\"note\":{\"de\":\"Die Referentin ist krank.\"}}",
                TestTokens.editor(), "\"1\"");
        assertThat(change.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode cancelled = waitFor(id, later, "DATE_CANCELLED");
        assertThat(cancelled.get("body").asString()).contains("Die Referentin ist krank.");
        assertThat(cancelled.get("calendar").asString()).contains("METHOD:CANCEL", "UID:" + second + "@globallokal");
        assertThat(housekeeping.runAt(Instant.now()).told()).isZero();
        assertThat(kinds(id, first)).containsExactly("CONFIRMED");
    }

    @Test
    void registrantsACrashKeptFromTheNewsAreToldByTheNextHousekeepingRound() {
        String id = create(http, talk("Absturz beim Erzählen", START, "Rathaus", "")).get("id").asString();
        String ada = unique("ada");
        staffSignUp(id, "Ada", ada, "de");
        waitFor(id, ada, "CONFIRMED");
        // the crash: the place changed, the process died before telling anyone — which
        // leaves the registration with the plan of an older sequence
        mongo.getCollection(RegistrationStore.COLLECTION)
            .updateOne(Filters.eq("eventId", id),
                    Updates.combine(Updates.set("plan.place", "Kulturzentrum"), Updates.set("plan.sequence", -1)));

        assertThat(housekeeping.runAt(Instant.now()).told()).isEqualTo(1);

        assertThat(waitFor(id, ada, "PLACE_CHANGED").get("body").asString()).contains("Rathaus");
        assertThat(housekeeping.runAt(Instant.now()).told()).isZero();
    }

    @Test
    void confirmedRegistrantsAreRemindedOnceADayBeforeWhereTheEventAsksForIt() {
        LocalDateTime soon = LocalDateTime.now().plusHours(30).truncatedTo(ChronoUnit.HOURS);
        String reminding = create(http, talk("Erinnerung", soon, "Rathaus", ",\"remindDayBefore\":true")).get("id")
            .asString();
        String silent = create(http, talk("Ohne Erinnerung", soon, "Rathaus", "")).get("id").asString();
        String calledOff = create(http, talk("Abgesagt", soon, "Rathaus", ",\"remindDayBefore\":true")).get("id")
            .asString();
        String ada = unique("ada");
        String ben = unique("ben");
        String cem = unique("cem");
        staffSignUp(reminding, "Ada", ada, "en");
        staffSignUp(silent, "Ben", ben, "de");
        staffSignUp(calledOff, "Cem", cem, "de");
        waitFor(reminding, ada, "CONFIRMED");
        update(calledOff, talk("Abgesagt", soon, "Rathaus", ",\"remindDayBefore\":true").replace("\"PUBLISHED\"",
                "\"CANCELLED\",\"statusNote\":{\"de\":\"Fällt aus.\"}"), 1);
        waitFor(calledOff, cem, "DATE_CANCELLED");

        Instant dayBefore = Instant.now().plus(Duration.ofHours(7));
        assertThat(housekeeping.runAt(Instant.now()).reminded()).isZero();
        assertThat(housekeeping.runAt(dayBefore).reminded()).isEqualTo(1);
        assertThat(housekeeping.runAt(dayBefore.plusSeconds(60)).reminded()).isZero();

        JsonNode reminder = waitFor(reminding, ada, "REMINDER");
        assertThat(reminder.get("subject").asString()).isEqualTo("Tomorrow: Erinnerung (en)");
        assertThat(reminder.get("body").asString()).contains("Rathaus");
        assertThat(kinds(silent, ben)).containsExactly("CONFIRMED");
        assertThat(kinds(calledOff, cem)).as("no reminder of a date called off").doesNotContain("REMINDER");
    }

    @Test
    void staffWriteToEveryoneWithASeatOnADateAndSendingAgainReachesOnlyWhoItMissed() {
        String id = create(http, talk("Brief", START, "Rathaus", "")).get("id").asString();
        String ada = unique("ada");
        String ben = unique("ben");
        String waiting = unique("wait");
        staffSignUp(id, "Ada", ada, "de");
        staffSignUp(id, "Ben", ben, "fr");
        staffSignUp(id, "Wartend", waiting, "de");
        String letterId = UUID.randomUUID().toString();
        String letter = """
                {"occurrenceId":"%s","subject":"Eingang über den Hof","text":"Bitte kommen Sie durch den Hof."}"""
            .formatted(id);

        ResponseEntity<JsonNode> sent = call(http, HttpMethod.PUT, "/api/events/" + id + "/letters/" + letterId, letter,
                TestTokens.editor());
        assertThat(sent.getStatusCode()).as(String.valueOf(sent.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sent.getBody().get("recipients").asInt()).isEqualTo(2);
        assertThat(sent.getBody().get("queued").asInt()).isEqualTo(2);
        JsonNode toBen = waitFor(id, ben, "LETTER");
        assertThat(toBen.get("subject").asString()).isEqualTo("Eingang über den Hof");
        assertThat(toBen.get("body").asString()).startsWith("Bonjour Ben,").contains("Bitte kommen Sie durch den Hof.");

        ResponseEntity<JsonNode> again = call(http, HttpMethod.PUT, "/api/events/" + id + "/letters/" + letterId,
                letter, TestTokens.editor());
        assertThat(again.getBody().get("queued").asInt()).isZero();
        assertThat(kinds(id, waiting)).doesNotContain("LETTER");

        ResponseEntity<JsonNode> twoLines = call(http, HttpMethod.PUT,
                "/api/events/" + id + "/letters/" + UUID.randomUUID(),
                letter.replace("Eingang über den Hof", "Eingang\\r\\nBcc: alle@example.org"), TestTokens.editor());
        assertThat(twoLines.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twoLines.getBody().toString()).contains("subject");
    }

    /** A capacity of 2 keeps a third person on the waitlist. */
    private static String talk(String title, LocalDateTime start, String venue, String registration) {
        return """
                {"title":{"de":"%s","en":"%s (en)"},"start":"%s","end":"%s","category":"TALK",
                 "venue":{"name":"%s"},"registration":{"capacity":2%s},"status":"PUBLISHED"}""".formatted(title, title,
                start, start.plusHours(2), venue, registration);
    }

    private void update(String id, String body, long version) {
        ResponseEntity<JsonNode> answer = call(http, HttpMethod.PUT, "/api/events/" + id, body, TestTokens.editor(),
                "\"" + version + "\"");
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    }

    private void staffSignUp(String id, String name, String email, String language) {
        ResponseEntity<JsonNode> answer = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations", """
                {"name":"%s","email":"%s","language":"%s","consent":true,"consentVersion":"%s"}""".formatted(name,
                email, language, EventFixtures.CONSENT_VERSION), TestTokens.editor());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void signUpFor(String id, String occurrenceId, String email) {
        ResponseEntity<JsonNode> answer = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations", """
                {"occurrenceId":"%s","name":"Jo","email":"%s","language":"de","consent":true,"consentVersion":"%s"}"""
            .formatted(occurrenceId, email, EventFixtures.CONSENT_VERSION), TestTokens.editor());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode waitFor(String eventId, String email, String kind) {
        return await().atMost(Duration.ofSeconds(15))
            .until(() -> messages(http, eventId).stream()
                .filter(m -> email.equals(m.path("to").asString()) && kind.equals(m.path("kind").asString()))
                .findFirst()
                .orElse(null), m -> m != null);
    }

    private List<String> kinds(String eventId, String email) {
        return messages(http, eventId).stream()
            .filter(m -> email.equals(m.path("to").asString()))
            .map(m -> m.get("kind").asString())
            .toList();
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

}
