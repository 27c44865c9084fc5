package de.globallokal.events.calendar;

import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.events.EventFixtures;
import de.globallokal.events.replica.PartnershipReplica;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class EventApiTests {

    static final String SERIES = """
            {"title":{"de":"Werkstatt Globales Lernen"},"start":"2027-03-16T15:00","end":"2027-03-16T17:00",
             "category":"GLOBAL_LEARNING","audiences":["SCHOOLS"],"status":"PUBLISHED",
             "recurrence":{"rule":"FREQ=WEEKLY;COUNT=4"},"registration":{"capacity":12}}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PublicationJob publication;

    @Autowired
    PartnershipReplica partnerships;

    // the context's own broker: another test context's broker may have taken the system
    // property since
    @Autowired
    KafkaTestCluster broker;

    @Test
    void aCreatedEventIsStoredWithItsDatesAndPublishedWithSeatCountsOnly() throws Exception {
        JsonNode event = create(http, talk("Abend in Montbéliard", 30));
        String id = event.get("id").asString();

        assertThat(event.get("version").asLong()).isEqualTo(1);
        assertThat(event.get("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(event.at("/occurrences/0/id").asString()).isEqualTo(id);
        assertThat(EventFixtures.seats(http, id).at("/0/capacity").asInt()).isEqualTo(30);
        assertThat(EventFixtures.seats(http, id).at("/0/confirmed").asInt()).isZero();
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.EVENTS)) {
            EventEnvelope envelope = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).findFirst(),
                        found -> found.isPresent())
                .map(r -> read(r.value()))
                .orElseThrow();
            assertThat(envelope.type()).isEqualTo(EventTypes.EVENT_UPSERTED);
            assertThat(envelope.aggregatetype()).isEqualTo(AggregateTypes.EVENT);
            assertThat(envelope.source()).isEqualTo("events-service");
            assertThat(envelope.data().at("/title/de").asString()).isEqualTo("Abend in Montbéliard");
            assertThat(envelope.data().has("registrations")).isFalse();
        }
    }

    @Test
    void aSeriesGetsAStableIdPerDateAndTheOffsetOfEachDay() {
        JsonNode series = create(http, SERIES);
        String id = series.get("id").asString();

        assertThat(series.get("occurrences")).hasSize(4);
        assertThat(series.at("/occurrences/0/start").asString()).isEqualTo("2027-03-16T15:00:00+01:00");
        assertThat(series.at("/occurrences/2/start").asString()).isEqualTo("2027-03-30T15:00:00+02:00");
        assertThat(series.at("/occurrences/2/id").asString()).isEqualTo(id + "-20270330");
        assertThat(EventFixtures.seats(http, id)).hasSize(4);
    }

    @Test
    void oneDateOfASeriesCanBeMovedOrCancelledAndTheWholeSeriesEdited() {
        JsonNode series = create(http, SERIES);
        String id = series.get("id").asString();

        ResponseEntity<JsonNode> moved = call(http, HttpMethod.PUT, "/api/events/" + id + "/occurrences/2027-03-23",
                "{\"date\":\"2027-03-23\",\"start\":\"2027-03-24T16:00\",\"cancelled\":false}", TestTokens.editor(),
                "\"1\"");
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().at("/occurrences/1/id").asString()).isEqualTo(id + "-20270323");
        assertThat(moved.getBody().at("/occurrences/1/start").asString()).isEqualTo("2027-03-24T16:00:00+01:00");
        assertThat(moved.getBody().at("/occurrences/1/end").asString()).isEqualTo("2027-03-24T18:00:00+01:00");

        ResponseEntity<JsonNode> cancelled = call(http, HttpMethod.PUT, "/api/events/" + id + "/occurrences/2027-03-30",
                "{\"date\":\"2027-03-30\",\"cancelled\":true,\"note\":{\"de\":\"Fällt aus\"}}", TestTokens.editor(),
                "\"2\"");
        assertThat(cancelled.getBody().at("/occurrences/2/cancelled").asBoolean()).isTrue();
        assertThat(cancelled.getBody().at("/occurrences/1/start").asString()).isEqualTo("2027-03-24T16:00:00+01:00");

        ResponseEntity<JsonNode> whole = call(http, HttpMethod.PUT, "/api/events/" + id,
                SERIES.replace("COUNT=4", "COUNT=6").replace("\"capacity\":12", "\"capacity\":15"), TestTokens.editor(),
                "\"3\"");
        assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whole.getBody().get("occurrences")).hasSize(6);
        assertThat(EventFixtures.seats(http, id).at("/5/capacity").asInt()).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            value = { "end before start | \"end\":\"2020-01-01T10:00\",\"start\":\"2020-01-01T12:00\" | end",
                    "negative capacity | \"registration\":{\"capacity\":-1} | registration.capacity",
                    "unknown category | \"category\":\"PARTY\" | category",
                    "unknown zone | \"zone\":\"Mars/Olympus\" | zone",
                    "rule without end | \"recurrence\":{\"rule\":\"FREQ=WEEKLY\"} | recurrence.rule",
                    "scheduled without time | \"status\":\"SCHEDULED\" | publishAt",
                    "cancelled without notice | \"status\":\"CANCELLED\" | statusNote",
                    "unknown field | \"colour\":\"red\" | colour", "bad SDG | \"sdgs\":[18] | sdgs[0]",
                    "bad link | \"onlineUrl\":\"javascript:alert(1)\" | onlineUrl", })
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String what, String override, String field)
            throws Exception {
        long before = mongo.getCollection("events").countDocuments();
        ObjectNode body = (ObjectNode) Json.strict().readTree(talk("Falsch", null));
        body.setAll((ObjectNode) Json.strict().readTree("{" + override + "}"));

        ResponseEntity<JsonNode> response = call(http, HttpMethod.POST, "/api/events", body.toString(),
                TestTokens.editor());

        assertThat(response.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains(field);
        assertThat(mongo.getCollection("events").countDocuments()).isEqualTo(before);
    }

    @Test
    void oversizedTextsAreRefused() {
        String body = talk("x".repeat(4001), null);

        ResponseEntity<JsonNode> response = call(http, HttpMethod.POST, "/api/events", body, TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains("title.de");
    }

    @Test
    void referencesAreCheckedAgainstTheReplicas() throws Exception {
        String unknown = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> refused = call(http, HttpMethod.POST, "/api/events",
                talk("Mit Partner", null).replace("\"sdgs\"", "\"partnershipIds\":[\"" + unknown + "\"],\"sdgs\""),
                TestTokens.editor());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getBody().at("/errors/0/field").asString()).isEqualTo("partnershipIds[0]");

        String known = UUID.randomUUID().toString();
        String organiser = UUID.randomUUID().toString();
        EventFixtures.publishReference(broker.bootstrapServers(), Topics.PARTNERSHIPS, EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, known, Map.of("kind", "TOWN_TWINNING", "status", "ACTIVE", "partner",
                        Map.of("name", "Kongoussi", "country", "BF")));
        EventFixtures.publishReference(broker.bootstrapServers(), Topics.PARTNERSHIPS, EventTypes.ACTOR_UPSERTED,
                AggregateTypes.ACTOR, organiser, Map.of("name", "Weltladen", "kind", "FAIR_TRADE_SHOP"));
        await().atMost(Duration.ofSeconds(20)).until(() -> partnerships.exists(known));

        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(call(http, HttpMethod.POST, "/api/events",
                    talk("Mit Partner", null).replace("\"sdgs\"",
                            "\"partnershipIds\":[\"" + known + "\"],\"organiserId\":\"" + organiser + "\",\"sdgs\""),
                    TestTokens.editor())
                .getStatusCode()).isEqualTo(HttpStatus.CREATED));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        String id = create(http, talk("Versionen", null)).get("id").asString();

        assertThat(
                call(http, HttpMethod.PUT, "/api/events/" + id, talk("Neu", null), TestTokens.editor()).getStatusCode())
            .isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        ResponseEntity<JsonNode> renamed = call(http, HttpMethod.PUT, "/api/events/" + id, talk("Neu", null),
                TestTokens.editor(), "\"1\"");
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renamed.getBody().get("sequence").asInt()).as("a new title is news for calendars").isEqualTo(1);
        ResponseEntity<JsonNode> stale = call(http, HttpMethod.PUT, "/api/events/" + id, talk("Älter", null),
                TestTokens.editor(), "\"1\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aScheduledEventGoesPublicAtItsTime() {
        Instant at = Instant.now().plusSeconds(3600);
        String id = create(http, talk("Geplant", null).replace("\"status\":\"PUBLISHED\"",
                "\"status\":\"SCHEDULED\",\"publishAt\":\"" + at + "\""))
            .get("id")
            .asString();

        publication.publishDue(at.minusSeconds(60));
        assertThat(get(id).get("status").asString()).isEqualTo("SCHEDULED");

        publication.publishDue(at.plusSeconds(1));
        assertThat(get(id).get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void theListFiltersByCategoryStatusDateAndText() {
        String marker = "Marktplatz-" + UUID.randomUUID().toString().substring(0, 8);
        create(http, talk(marker, null).replace("\"TALK\"", "\"FAIR_TRADE_MARKET\""));
        create(http, talk(marker + " Entwurf", null).replace("\"PUBLISHED\"", "\"DRAFT\""));

        assertThat(list("?text=" + marker)).hasSize(2);
        assertThat(list("?text=" + marker + "&status=DRAFT")).hasSize(1);
        assertThat(list("?text=" + marker + "&category=FAIR_TRADE_MARKET")).hasSize(1);
        assertThat(list("?text=" + marker + "&from=2099-01-01")).isEmpty();
        assertThat(list("?text=" + marker + "&sdg=17")).hasSize(2);
        assertThat(call(http, HttpMethod.GET, "/api/events?from=2027-02-01&to=2027-01-01", null, TestTokens.editor())
            .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAdminsDeleteAndTheDeletionIsPublished() {
        String id = create(http, talk("Wird gelöscht", null)).get("id").asString();

        assertThat(
                call(http, HttpMethod.DELETE, "/api/events/" + id, null, TestTokens.editor(), "\"1\"").getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(
                call(http, HttpMethod.DELETE, "/api/events/" + id, null, TestTokens.admin(), "\"1\"").getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSignupGatewayCanNeitherReadNorEditEvents() {
        assertThat(call(http, HttpMethod.GET, "/api/events", null, EventFixtures.signupToken()).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(http, HttpMethod.POST, "/api/events", talk("Nein", null), EventFixtures.signupToken())
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode get(String id) {
        return call(http, HttpMethod.GET, "/api/events/" + id, null, TestTokens.editor()).getBody();
    }

    private JsonNode list(String query) {
        return call(http, HttpMethod.GET, "/api/events" + query, null, TestTokens.editor()).getBody().get("data");
    }

    private static EventEnvelope read(String json) {
        try {
            return Json.tolerant().readValue(json, EventEnvelope.class);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
