package de.globallokal.partnerships.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.support.text.Slugs;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class PartnershipApiTests {

    static final String MONTBELIARD = """
            {"partner":{"name":"Montbéliard","country":"FR","location":{"lat":47.51,"lon":6.80}},
             "kind":"TOWN_TWINNING","since":1950,"status":"ACTIVE",
             "description":{"de":"Älteste Partnerschaft."},"sdgs":[11,17]}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aCreatedPartnershipIsStoredAndPublishedWithItsFullState() throws Exception {
        ResponseEntity<JsonNode> response = post(MONTBELIARD, TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = response.getBody().get("id").asString();
        assertThat(response.getHeaders().getLocation()).hasPath("/api/partnerships/" + id);
        assertThat(response.getBody().get("version").asLong()).isEqualTo(1);
        assertThat(response.getBody().get("slug").asString()).startsWith("montbeliard");
        assertThat(response.getBody().at("/partner/name").asString()).isEqualTo("Montbéliard");

        try (TopicReader reader = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
            EventEnvelope envelope = Json.tolerant().readValue(record.value(), EventEnvelope.class);
            assertThat(envelope.type()).isEqualTo(EventTypes.PARTNERSHIP_UPSERTED);
            assertThat(envelope.subject()).isEqualTo(id);
            assertThat(envelope.aggregateversion()).isEqualTo(1);
            assertThat(envelope.actor()).isEqualTo("editor");
            assertThat(envelope.source()).isEqualTo("partnerships-service");
            assertThat(envelope.changedfields()).contains("partner", "kind", "since", "sdgs");
            assertThat(envelope.data().at("/partner/location/lat").asDouble()).isEqualTo(47.51);
            assertThat(record.headers().lastHeader("__TypeId__")).isNull();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());

        ResponseEntity<JsonNode> fetched = http.exchange("/api/partnerships/" + id, HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.editor())), JsonNode.class);
        assertThat(fetched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fetched.getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void aChangeCarriesTheTraceOfItsRequestToTheTopic() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpHeaders headers = headers(TestTokens.editor());
        headers.set("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        String id = http
            .exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>(MONTBELIARD, headers), JsonNode.class)
            .getBody()
            .get("id")
            .asString();
        String untraced = post(MONTBELIARD, TestTokens.editor()).getBody().get("id").asString();

        try (TopicReader reader = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            EventEnvelope traced = envelopeOf(reader, id);
            // the service's own span in the client's trace
            assertThat(traced.traceparent()).startsWith("00-" + traceId + "-")
                .doesNotContain("00f067aa0ba902b7")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(envelopeOf(reader, untraced).traceparent()).as("a trace of its own")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")
                .doesNotContain(traceId);
        }
    }

    private static EventEnvelope envelopeOf(TopicReader reader, String id) {
        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
            .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).findFirst(), Optional::isPresent)
            .orElseThrow();
        return Json.tolerant().readValue(record.value(), EventEnvelope.class);
    }

    @Test
    void slugsStayUniqueForPartnersWithTheSameName() {
        String town = "Nový Jičín " + Long.toString(System.nanoTime(), 36);
        String expected = Slugs.of(town);

        String first = post(MONTBELIARD.replace("Montbéliard", town), TestTokens.editor()).getBody()
            .get("slug")
            .asString();
        String second = post(MONTBELIARD.replace("Montbéliard", town), TestTokens.editor()).getBody()
            .get("slug")
            .asString();

        assertThat(expected).startsWith("novy-jicin-");
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected + "-2");
    }

    @Test
    void withoutATokenNothingIsAcceptedAndNothingStored() {
        long before = mongo.getCollection("partnerships").countDocuments();

        ResponseEntity<String> response = http.exchange("/api/partnerships", HttpMethod.POST,
                new HttpEntity<>(MONTBELIARD, headers(null)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(mongo.getCollection("partnerships").countDocuments()).isEqualTo(before);
    }

    @Test
    void aTokenSignedWithAnotherKeyOrExpiredIsRefused() {
        String forged = TestTokens.signedWithAnotherKey("mallory", List.of("EDITOR"));
        String expired = TestTokens.token("editor", List.of("EDITOR"), TestTokens.SERVICES,
                Instant.now().minusSeconds(600));

        assertThat(post(MONTBELIARD, forged).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(MONTBELIARD, expired).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWithoutAStaffRoleIsForbidden() {
        String visitor = TestTokens.token("visitor", List.of("VISITOR"), TestTokens.SERVICES,
                Instant.now().plusSeconds(60));

        assertThat(post(MONTBELIARD, visitor).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            value = { "de | muss ein zweistelliger Ländercode | darf nicht leer sein",
                    "fr | doit être un code pays ISO 3166-1  | ne doit pas être vide",
                    "en | must be an ISO 3166-1 alpha-2       | must not be blank" })
    void theMessagesOfABadFieldComeInTheLanguageAsked(String language, String country, String blank) {
        HttpHeaders headers = headers(TestTokens.editor());
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);

        ResponseEntity<JsonNode> refused = http.exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>(
                """
                        {"partner":{"name":" ","country":"XX"},"kind":"TOWN_TWINNING","status":"ACTIVE","description":{"de":"x"}}""",
                headers), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains(country.trim()).contains(blank.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field             | \"colour\":\"red\"                         | colour",
            "sdg outside 1-17          | \"sdgs\":[18]                              | sdgs[0]",
            "latitude outside 90       | \"partner\":{\"name\":\"X\",\"country\":\"FR\",\"location\":{\"lat\":91,\"lon\":0}} | partner.location.lat",
            "unknown country           | \"partner\":{\"name\":\"X\",\"country\":\"XX\"}  | partner.country",
            "missing partner name      | \"partner\":{\"country\":\"FR\"}             | partner.name",
            "unknown kind              | \"kind\":\"MARRIAGE\"                        | kind",
            "wrong type                | \"since\":\"long ago\"                       | since",
            "missing german text       | \"description\":{\"en\":\"Only English\"}    | description.de",
            "text over its limit       | \"description\":{\"de\":\"LONG\"}            | description.de",
            "review flag for german    | \"description\":{\"de\":\"x\",\"unreviewed\":[\"de\"]} | description.unreviewed[0]",
            "milestone without year    | \"milestones\":[{\"title\":{\"de\":\"x\"}}]  | milestones[0].year",
            "image not a web address   | \"image\":{\"url\":\"ftp://x\",\"alt\":{\"de\":\"x\"}} | image.url", })
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String name, String override, String field)
            throws JacksonException {
        long before = mongo.getCollection("partnerships").countDocuments();
        String body = withField(override.replace("LONG", "x".repeat(4001)));

        ResponseEntity<JsonNode> response = post(body, TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asString()).contains(field);
        assertThat(mongo.getCollection("partnerships").countDocuments()).isEqualTo(before);
    }

    @Test
    void aYearInTheFutureIsRefused() {
        int nextYear = Year.now().getValue() + 1;

        ResponseEntity<JsonNode> response = post(MONTBELIARD.replace("1950", String.valueOf(nextYear)),
                TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asString()).isEqualTo("since");
    }

    @Test
    void listsArePagedWithACap() {
        post(MONTBELIARD, TestTokens.editor());

        ResponseEntity<JsonNode> page = http.exchange("/api/partnerships?size=1", HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.editor())), JsonNode.class);
        ResponseEntity<JsonNode> tooBig = http.exchange("/api/partnerships?size=1000", HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.editor())), JsonNode.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().get("data")).hasSize(1);
        assertThat(page.getBody().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPageWhoseStartOverflowsAnIntIsEmpty() {
        post(MONTBELIARD, TestTokens.editor());

        // 10737419 × 200 wraps round to a negative int, which skipped nothing
        ResponseEntity<JsonNode> page = http.exchange("/api/partnerships?page=10737419&size=200", HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.editor())), JsonNode.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().get("data")).isEmpty();
        assertThat(page.getBody().get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void listsFilterByKindStatusCountrySdgAndText() {
        String town = "Filterstadt " + Long.toString(System.nanoTime(), 36);
        post(MONTBELIARD.replace("Montbéliard", town)
            .replace("\"FR\"", "\"BF\"")
            .replace("TOWN_TWINNING", "CLIMATE_PARTNERSHIP")
            .replace("[11,17]", "[13]"), TestTokens.editor());

        assertThat(names("?text=" + town.substring(12))).containsExactly(town);
        assertThat(names("?kind=CLIMATE_PARTNERSHIP&country=BF&sdg=13&status=ACTIVE&text=filterstadt")).contains(town);
        assertThat(names("?kind=TOWN_TWINNING&text=" + town.substring(12))).isEmpty();
        assertThat(names("?sdg=11&text=" + town.substring(12))).isEmpty();
        assertThat(http
            .exchange("/api/partnerships?kind=MARRIAGE", HttpMethod.GET, new HttpEntity<>(headers(TestTokens.editor())),
                    String.class)
            .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private List<String> names(String query) {
        JsonNode page = http
            .exchange("/api/partnerships" + query, HttpMethod.GET, new HttpEntity<>(headers(TestTokens.editor())),
                    JsonNode.class)
            .getBody();
        List<String> names = new ArrayList<>();
        page.get("data").forEach(item -> names.add(item.at("/partner/name").asString()));
        return names;
    }

    @Test
    void milestonesImageReviewFlagsAndContactsOnBothSidesAreKept() {
        String contact = http
            .exchange("/api/contacts", HttpMethod.POST, new HttpEntity<>("""
                    {"role":{"de":"Partnerschaften"},"office":"Internationale Kontakte","email":"k@example.org"}""",
                    headers(TestTokens.editor())), JsonNode.class)
            .getBody()
            .get("id")
            .asString();
        String body = MONTBELIARD
            .replace("\"sdgs\":[11,17]",
                    """
                            "sdgs":[11,17],
                            "description":{"de":"Älteste Partnerschaft.","en":"Oldest twinning.","unreviewed":["en"]},
                            "milestones":[{"year":1950,"title":{"de":"Partnerschaftsvertrag"}},
                                          {"year":1988,"title":{"de":"Adenauer-de-Gaulle-Preis"}}],
                            "localContactIds":["CONTACT"],
                            "image":{"url":"https://example.org/m.jpg","alt":{"de":"Rathaus"},"credit":"Beispiel"}"""
                        .replace("CONTACT", contact))
            .replace("\"description\":{\"de\":\"Älteste Partnerschaft.\"},", "");

        ResponseEntity<JsonNode> created = post(body, TestTokens.editor());

        assertThat(created.getStatusCode()).as(created.getBody().toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("milestones")).hasSize(2);
        assertThat(created.getBody().at("/milestones/1/year").asInt()).isEqualTo(1988);
        assertThat(created.getBody().at("/description/unreviewed/0").asString()).isEqualTo("en");
        assertThat(created.getBody().at("/localContactIds/0").asString()).isEqualTo(contact);
        assertThat(created.getBody().at("/image/alt/de").asString()).isEqualTo("Rathaus");
    }

    @Test
    void aContactPointThatDoesNotExistIsUnprocessable() {
        ResponseEntity<JsonNode> response = post(
                MONTBELIARD.replace("\"sdgs\":[11,17]", "\"sdgs\":[11,17],\"partnerContactIds\":[\"nobody\"]"),
                TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("partnerContactIds[0]");
    }

    @Test
    void garbageAndOversizedBodiesAreRefused() {
        assertThat(post("{not json", TestTokens.editor()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String huge = MONTBELIARD.replace("Älteste Partnerschaft.", "x".repeat(300_000));
        assertThat(post(huge, TestTokens.editor()).getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    private static String withField(String override) throws JacksonException {
        ObjectNode changed = (ObjectNode) Json.strict().readTree(MONTBELIARD);
        changed.setAll((ObjectNode) Json.strict().readTree("{" + override + "}"));
        return changed.toString();
    }

    private List<?> outboxOf(String id) {
        return mongo.getCollection("partnerships")
            .find(new Document("_id", id))
            .first()
            .getList("outbox", Object.class);
    }

    private ResponseEntity<JsonNode> post(String body, String token) {
        return http.exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>(body, headers(token)),
                JsonNode.class);
    }

    private static HttpHeaders headers(String token) {
        return ApiHeaders.json(token);
    }

}
